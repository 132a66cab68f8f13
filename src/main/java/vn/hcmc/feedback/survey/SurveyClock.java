package vn.hcmc.feedback.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The time surveys run on: the process engine's clock, so that the answer window and the timers that open and close
 * it agree (tests move that clock instead of sleeping). Days are counted in Ho Chi Minh City.
 */
@Component
public class SurveyClock {

    public static final ZoneId CITY_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    public Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now(), CITY_ZONE);
    }
}
