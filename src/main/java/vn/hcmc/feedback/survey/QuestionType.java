package vn.hcmc.feedback.survey;

public enum QuestionType {
    SINGLE_CHOICE,
    MULTIPLE_CHOICE,
    /** An integer from 1 to 5. */
    RATING,
    NUMBER,
    FREE_TEXT;

    public boolean hasChoices() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }
}
