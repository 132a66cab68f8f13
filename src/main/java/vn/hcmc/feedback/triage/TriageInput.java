package vn.hcmc.feedback.triage;

/**
 * What automatic triage reads of a report. Only {@code description} is required; every other field may be null.
 * {@code attachmentText} is text extracted from attached PDFs; {@code citizenCategory} is the category code the
 * citizen chose (a hint, not the answer).
 */
public record TriageInput(String title, String description, String attachmentText, String citizenCategory,
                          String address) {
}
