package vn.hcmc.feedback.survey;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The revised design goes back to the approvers. */
@Component("resubmitSurvey")
class ResubmitSurvey implements JavaDelegate {

    private final SurveyService surveys;

    ResubmitSurvey(SurveyService surveys) {
        this.surveys = surveys;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Survey survey = surveys.get(SurveyDelegates.surveyId(execution));
        surveys.resubmit(survey.getId());
        execution.setVariable(SurveyProcess.SURVEY_TITLE, survey.getTitleVi());
        execution.removeVariable(SurveyProcess.APPROVED);
    }
}
