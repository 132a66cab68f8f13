package vn.hcmc.feedback.adoption;

import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * "Now" for campaigns: the engine's clock, which is the system clock in production. Reports, reached dates and
 * period ends are then on the same time line as the process's timers (which tests move).
 */
@Component
public class CampaignClock {

    public Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
