package vn.hcmc.feedback.adoption;

/** What a unit reports each period (the form's and the API's fields). */
public record ProgressFigures(Integer headcount, Integer staffInstalled, Long residentsReached, String note) {
}
