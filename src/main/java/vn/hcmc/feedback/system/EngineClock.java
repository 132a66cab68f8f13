package vn.hcmc.feedback.system;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The application's one clock: "now" for every business time (received, triaged, answered, rated, survey windows,
 * campaign periods, deadlines) is the process engine's clock, {@link ClockUtil}. In production that is the system
 * clock; tests move it ({@code ClockUtil.setCurrentTime}) instead of sleeping, and then the timers, the deadlines
 * computed in Java and every stored time move together. Inject it as {@link Clock}; its zone is the city's
 * ({@link #CITY_ZONE}), so {@code LocalDate.now(clock)} is the day in Ho Chi Minh City.
 *
 * <p>Main code must not read the system clock directly ({@code Instant.now()} and the like); an architecture test
 * checks that. {@code System.nanoTime()} stays allowed for measuring durations.
 */
@Component
public class EngineClock extends Clock {

    public static final ZoneId CITY_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ZoneId zone;

    public EngineClock() {
        this(CITY_ZONE);
    }

    private EngineClock(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public Instant instant() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(this.zone) ? this : new EngineClock(zone);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EngineClock that && zone.equals(that.zone);
    }

    @Override
    public int hashCode() {
        return zone.hashCode();
    }

    @Override
    public String toString() {
        return "EngineClock[" + zone + "]";
    }
}
