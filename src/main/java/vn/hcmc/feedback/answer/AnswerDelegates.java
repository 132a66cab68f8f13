package vn.hcmc.feedback.answer;

/** Variable access shared by the answer half's delegates. */
final class AnswerDelegates {

    static long reportId(org.camunda.bpm.engine.delegate.VariableScope scope) {
        return ((Number) scope.getVariable("reportId")).longValue();
    }

    static int round(org.camunda.bpm.engine.delegate.VariableScope scope) {
        Object round = scope.getVariable(AnswerProcess.ANSWER_ROUND);
        return round == null ? 1 : ((Number) round).intValue();
    }

    private AnswerDelegates() {
    }
}
