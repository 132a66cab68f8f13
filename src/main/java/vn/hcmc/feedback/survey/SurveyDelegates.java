package vn.hcmc.feedback.survey;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** What the delegates of {@code survey-campaign.bpmn} share. */
final class SurveyDelegates {

    static long surveyId(DelegateExecution execution) {
        return ((Number) execution.getVariable(SurveyProcess.SURVEY_ID)).longValue();
    }

    private SurveyDelegates() {
    }
}
