package vn.hcmc.feedback.answer;

/** The citizen's rating: a score 1–5 and an optional comment. */
public record RatingRequest(Integer score, String comment) {
}
