package vn.hcmc.feedback.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

/** The holiday-year warning, with the clock fixed (holidays.yaml has 2025 and 2026). */
class HolidayYearCheckTest {

    private final OfficialHolidays holidays = SlaTestSupport.holidays();

    private HolidayYearCheck checkOn(LocalDate day) {
        return new HolidayYearCheck(holidays, SlaTestSupport.clockAt(day));
    }

    @Test
    void noWarningBeforeOctoberOrWhenTheComingYearIsKnown() {
        assertThat(checkOn(LocalDate.of(2026, 9, 30)).warning()).isEmpty();
        assertThat(checkOn(LocalDate.of(2025, 10, 1)).warning()).as("2026 is in the table").isEmpty();
        assertThat(checkOn(LocalDate.of(2025, 12, 31)).warning()).isEmpty();
    }

    @Test
    void warnsFromTheFirstOfOctoberWhenTheComingYearIsMissing() {
        assertThat(checkOn(LocalDate.of(2026, 10, 1)).warning()).hasValueSatisfying(w -> assertThat(w).contains("2027"));
        assertThat(checkOn(LocalDate.of(2026, 12, 31)).warning()).isPresent();
    }

    @Test
    void warnsWhenTheCurrentYearIsMissing() {
        assertThat(checkOn(LocalDate.of(2027, 3, 1)).warning())
                .hasValueSatisfying(w -> assertThat(w).contains("current year 2027"));
    }

    @Test
    void healthStaysUpWithTheWarningAsADetail() {
        HolidayCalendarHealthIndicator warned = new HolidayCalendarHealthIndicator(holidays, SlaTestSupport.calendar(),
                checkOn(LocalDate.of(2026, 11, 23)));
        HolidayCalendarHealthIndicator fine = new HolidayCalendarHealthIndicator(holidays, SlaTestSupport.calendar(),
                checkOn(LocalDate.of(2026, 6, 1)));

        Health withWarning = warned.health();
        assertThat(withWarning.getStatus()).isEqualTo(Status.UP);
        assertThat(withWarning.getDetails()).containsKey("warning").containsEntry("zone", "Asia/Ho_Chi_Minh");
        assertThat((String) withWarning.getDetails().get("warning")).contains("2027");
        Health withoutWarning = fine.health();
        assertThat(withoutWarning.getStatus()).isEqualTo(Status.UP);
        assertThat(withoutWarning.getDetails()).doesNotContainKey("warning").containsKey("years");
    }
}
