package vn.hcmc.feedback.survey;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The opening timer ran: citizens may answer. */
@Component("openSurvey")
class OpenSurvey implements JavaDelegate {

    private final SurveyService surveys;

    OpenSurvey(SurveyService surveys) {
        this.surveys = surveys;
    }

    @Override
    public void execute(DelegateExecution execution) {
        surveys.open(SurveyDelegates.surveyId(execution));
    }
}
