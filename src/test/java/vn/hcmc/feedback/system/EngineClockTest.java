package vn.hcmc.feedback.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import vn.hcmc.feedback.deadline.Deadlines;

/** The application's one clock follows the engine's: moving ClockUtil moves every business "now". */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EngineClockTest {

    /** 06:30 on 11 March in Ho Chi Minh City, still 10 March in UTC. */
    static final Instant MOVED = Instant.parse("2026-03-10T23:30:00Z");

    @Autowired
    ApplicationContext context;
    @Autowired
    Clock clock;
    @Autowired
    Deadlines deadlines;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theOnlyClockBeanIsTheEngineClock() {
        assertThat(context.getBeansOfType(Clock.class)).hasSize(1);
        assertThat(clock).isInstanceOf(EngineClock.class);
        assertThat(clock.getZone()).isEqualTo(EngineClock.CITY_ZONE);
    }

    @Test
    void movingTheEngineClockMovesTheApplicationClock() {
        ClockUtil.setCurrentTime(Date.from(MOVED));

        assertThat(clock.instant()).isEqualTo(MOVED);
        assertThat(clock.millis()).isEqualTo(MOVED.toEpochMilli());
        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2026, 3, 11));
        assertThat(clock.withZone(ZoneOffset.UTC).instant()).isEqualTo(MOVED);
        assertThat(LocalDate.now(clock.withZone(ZoneOffset.UTC))).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(deadlines.now()).isEqualTo("2026-03-11T06:30:00+07:00");
    }

    @Test
    void afterAResetItIsTheSystemTimeAgain() {
        ClockUtil.setCurrentTime(Date.from(MOVED));
        ClockUtil.reset();

        assertThat(Duration.between(clock.instant(), Instant.now()).abs()).isLessThan(Duration.ofMinutes(1));
    }
}
