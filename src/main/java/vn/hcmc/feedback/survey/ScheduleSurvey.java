package vn.hcmc.feedback.survey;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The opening and closing instants of the approved design become the timers' dates. */
@Component("scheduleSurvey")
class ScheduleSurvey implements JavaDelegate {

    private final SurveyService surveys;

    ScheduleSurvey(SurveyService surveys) {
        this.surveys = surveys;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Survey survey = surveys.get(SurveyDelegates.surveyId(execution));
        execution.setVariable(SurveyProcess.OPENS_AT, Date.from(survey.getOpensAt()));
        execution.setVariable(SurveyProcess.CLOSES_AT, Date.from(survey.getClosesAt()));
    }
}
