package vn.hcmc.feedback.survey;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Fixes the day a daily progress mail is for when the timer fires, so a retry the next day sends no second mail. */
@Component("stampProgressDay")
class StampProgressDay implements ExecutionListener {

    private final SurveyClock clock;

    StampProgressDay(SurveyClock clock) {
        this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
        execution.setVariableLocal(SurveyProcess.PROGRESS_DAY, clock.today().toString());
    }
}
