package vn.hcmc.feedback.survey;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Aggregates the answers of a closed survey (asynchronous, idempotent). */
@Component("aggregateSurveyResults")
class AggregateSurveyResults implements JavaDelegate {

    private final SurveyResults results;

    AggregateSurveyResults(SurveyResults results) {
        this.results = results;
    }

    @Override
    public void execute(DelegateExecution execution) {
        results.aggregate(SurveyDelegates.surveyId(execution));
    }
}
