package vn.hcmc.feedback.survey;

/** One stored value of an answer: a choice, a number or a (redacted) text for one question. */
record AnswerItem(String questionId, String choice, Double num, String text) {

    static AnswerItem choice(String questionId, String choice) {
        return new AnswerItem(questionId, choice, null, null);
    }

    static AnswerItem number(String questionId, double num) {
        return new AnswerItem(questionId, null, num, null);
    }

    static AnswerItem text(String questionId, String text) {
        return new AnswerItem(questionId, null, null, text);
    }
}
