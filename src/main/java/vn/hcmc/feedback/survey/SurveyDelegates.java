package vn.hcmc.feedback.survey;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The thin delegates of {@code survey-campaign.bpmn}: each reads variables, calls a survey service, writes
 * variables. Named as used in the model ({@code camunda:delegateExpression="${name}"}).
 */
@Configuration
class SurveyDelegates {

    static long surveyId(DelegateExecution execution) {
        return ((Number) execution.getVariable(SurveyProcess.SURVEY_ID)).longValue();
    }

    /** Approver's decision: approved, or returned to the owner with the comment. */
    @Bean
    JavaDelegate recordSurveyDecision(SurveyService surveys) {
        return execution -> {
            Object approved = execution.getVariable(SurveyProcess.APPROVED);
            if (!(approved instanceof Boolean)) {
                throw new IllegalStateException("The approval of survey " + surveyId(execution)
                        + " has no boolean 'approved' decision");
            }
            if ((Boolean) approved) {
                surveys.approve(surveyId(execution));
            } else {
                Object comment = execution.getVariable(SurveyProcess.REVIEW_COMMENT);
                surveys.returnForRevision(surveyId(execution), comment == null ? null : comment.toString());
            }
        };
    }

    @Bean
    JavaDelegate resubmitSurvey(SurveyService surveys) {
        return execution -> {
            Survey survey = surveys.get(surveyId(execution));
            surveys.resubmit(survey.getId());
            execution.setVariable(SurveyProcess.SURVEY_TITLE, survey.getTitleVi());
            execution.removeVariable(SurveyProcess.APPROVED);
        };
    }

    /** The opening and closing instants of the approved design become the timers' dates. */
    @Bean
    JavaDelegate scheduleSurvey(SurveyService surveys) {
        return execution -> {
            Survey survey = surveys.get(surveyId(execution));
            execution.setVariable(SurveyProcess.OPENS_AT, Date.from(survey.getOpensAt()));
            execution.setVariable(SurveyProcess.CLOSES_AT, Date.from(survey.getClosesAt()));
        };
    }

    @Bean
    JavaDelegate openSurvey(SurveyService surveys) {
        return execution -> surveys.open(surveyId(execution));
    }

    @Bean
    JavaDelegate closeSurvey(SurveyService surveys) {
        return execution -> surveys.close(surveyId(execution));
    }

    @Bean
    JavaDelegate aggregateSurveyResults(SurveyResults results) {
        return execution -> results.aggregate(surveyId(execution));
    }

    @Bean
    JavaDelegate publishSurveyResults(SurveyService surveys) {
        return execution -> {
            Object conclusion = execution.getVariable(SurveyProcess.CONCLUSION);
            if (conclusion == null || conclusion.toString().isBlank()) {
                throw new IllegalStateException("Survey " + surveyId(execution) + " cannot be published without a conclusion");
            }
            surveys.publish(surveyId(execution), conclusion.toString().strip());
            execution.removeVariable(SurveyProcess.CONCLUSION);
        };
    }

    /** Fixes the day a daily progress mail is for when the timer fires, so a retry next day sends no second mail. */
    @Bean
    ExecutionListener stampProgressDay(SurveyClock clock) {
        return execution -> execution.setVariableLocal(SurveyProcess.PROGRESS_DAY, clock.today().toString());
    }

    @Bean
    JavaDelegate mailSurveyProgress(SurveyProgressMail mail) {
        return execution -> mail.send(surveyId(execution), (String) execution.getVariable(SurveyProcess.PROGRESS_DAY));
    }
}
