package vn.hcmc.feedback.answer;

/**
 * The answer a unit proposes, as the staff API and the handling form send it: outcome code, the Vietnamese text
 * (required), an optional English text, and the competent body when the matter is not within the unit's competence.
 * For {@code cannot_be_resolved} the text is where the reason is given.
 */
public record AnswerDraft(String outcome, String text, String textEn, String competentBody) {
}
