package vn.hcmc.feedback.survey;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The closing timer ran or the owner closed early: no more answers. */
@Component("closeSurvey")
class CloseSurvey implements JavaDelegate {

    private final SurveyService surveys;

    CloseSurvey(SurveyService surveys) {
        this.surveys = surveys;
    }

    @Override
    public void execute(DelegateExecution execution) {
        surveys.close(SurveyDelegates.surveyId(execution));
    }
}
