package vn.hcmc.feedback.answer;

import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * "Now" for answers: the engine's clock (the system clock in production), so publication dates and the rating
 * window are on the same time line as the process's timers, which tests move.
 */
@Component
class AnswerClock {

    Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
