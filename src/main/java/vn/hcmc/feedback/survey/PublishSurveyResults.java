package vn.hcmc.feedback.survey;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Publishes the results with the owner's conclusion, which moves from the variable into the survey. */
@Component("publishSurveyResults")
class PublishSurveyResults implements JavaDelegate {

    private final SurveyService surveys;

    PublishSurveyResults(SurveyService surveys) {
        this.surveys = surveys;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object conclusion = execution.getVariable(SurveyProcess.CONCLUSION);
        if (conclusion == null || conclusion.toString().isBlank()) {
            throw new IllegalStateException("Survey " + SurveyDelegates.surveyId(execution)
                    + " cannot be published without a conclusion");
        }
        surveys.publish(SurveyDelegates.surveyId(execution), conclusion.toString().strip());
        execution.removeVariable(SurveyProcess.CONCLUSION);
    }
}
