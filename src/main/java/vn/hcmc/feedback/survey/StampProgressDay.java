package vn.hcmc.feedback.survey;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.hcmc.feedback.system.EngineClock;

/** Fixes the day a daily progress mail is for when the timer fires, so a retry the next day sends no second mail. */
@Component("stampProgressDay")
class StampProgressDay implements ExecutionListener {

    private final Clock clock;

    StampProgressDay(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), EngineClock.CITY_ZONE);
        execution.setVariableLocal(SurveyProcess.PROGRESS_DAY, today.toString());
    }
}
