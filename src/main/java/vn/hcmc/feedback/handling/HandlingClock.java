package vn.hcmc.feedback.handling;

import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The time deadlines run on: the process engine's clock, so that the timers and the deadlines computed in Java
 * agree (tests move that clock instead of sleeping). Same pattern as SurveyClock and CampaignClock.
 */
@Component
public class HandlingClock {

    public Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
