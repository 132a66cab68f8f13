package vn.hcmc.feedback.survey;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The approver's decision: approved, or returned to the owner with the comment. */
@Component("recordSurveyDecision")
class RecordSurveyDecision implements JavaDelegate {

    private final SurveyService surveys;

    RecordSurveyDecision(SurveyService surveys) {
        this.surveys = surveys;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object approved = execution.getVariable(SurveyProcess.APPROVED);
        if (!(approved instanceof Boolean)) {
            throw new IllegalStateException("The approval of survey " + SurveyDelegates.surveyId(execution)
                    + " has no boolean 'approved' decision");
        }
        if ((Boolean) approved) {
            surveys.approve(SurveyDelegates.surveyId(execution));
        } else {
            Object comment = execution.getVariable(SurveyProcess.REVIEW_COMMENT);
            surveys.returnForRevision(SurveyDelegates.surveyId(execution), comment == null ? null : comment.toString());
        }
    }
}
