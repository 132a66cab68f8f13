package vn.hcmc.feedback.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The hotline's month: from 12:00 on the 25th to 12:00 on the next 25th, in Ho Chi Minh City time. */
class ReportingPeriodTest {

    @Test
    void aMonthRunsFromNoonOnThe25thToNoonOnThe25thInCityTime() {
        ReportingPeriod june = ReportingPeriod.month(YearMonth.of(2026, 6));
        assertThat(june.from()).isEqualTo(OffsetDateTime.parse("2026-05-25T12:00:00+07:00").toInstant());
        assertThat(june.to()).isEqualTo(OffsetDateTime.parse("2026-06-25T12:00:00+07:00").toInstant());
        assertThat(june.inWords()).isEqualTo("12:00 25/05/2026 – 12:00 25/06/2026");
        ReportingPeriod january = ReportingPeriod.month(YearMonth.of(2026, 1));
        assertThat(january.from()).as("across the year").isEqualTo(
                OffsetDateTime.parse("2025-12-25T12:00:00+07:00").toInstant());
    }

    @Test
    void noonOnThe25thBelongsToTheNextPeriod() {
        assertThat(ReportingPeriod.containing(OffsetDateTime.parse("2026-06-25T11:59:59+07:00").toInstant()).month())
                .isEqualTo(YearMonth.of(2026, 6));
        assertThat(ReportingPeriod.containing(OffsetDateTime.parse("2026-06-25T12:00:00+07:00").toInstant()).month())
                .isEqualTo(YearMonth.of(2026, 7));
        // 05:00 UTC on the 25th is already noon in the city
        assertThat(ReportingPeriod.containing(OffsetDateTime.parse("2026-06-25T05:00:00Z").toInstant()).month())
                .isEqualTo(YearMonth.of(2026, 7));
        assertThat(ReportingPeriod.containing(OffsetDateTime.parse("2026-12-31T23:00:00+07:00").toInstant()).month())
                .as("after the 25th of December: January's period").isEqualTo(YearMonth.of(2027, 1));
        ReportingPeriod june = ReportingPeriod.month(YearMonth.of(2026, 6));
        assertThat(june.contains(june.from())).isTrue();
        assertThat(june.contains(june.to())).isFalse();
    }
}
