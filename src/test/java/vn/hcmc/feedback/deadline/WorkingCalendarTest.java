package vn.hcmc.feedback.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** The hand-checked table {@code src/test/resources/sla/calendar-cases.csv}, and the calendar's edges. */
class WorkingCalendarTest {

    private final WorkingCalendar calendar = SlaTestSupport.calendar();
    private final Deadlines deadlines = new Deadlines(calendar, SlaTestSupport.clockAt(LocalDate.of(2026, 3, 10)));

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/sla/calendar-cases.csv")
    void handCheckedCases(String name, String operation, String a, String b, String c, String expected) {
        String actual = switch (operation) {
            case "add" -> deadlines.addPolicyDuration(a, b);
            case "calendarDays" -> deadlines.addCalendarDays(a, Integer.parseInt(b));
            case "between" -> deadlines.workingTimeBetween(a, b);
            case "fraction" -> deadlines.fractionPoint(a, b, Double.parseDouble(c));
            case "resume" -> deadlines.resumeAfterPause(a, b, c);
            default -> throw new IllegalArgumentException("unknown operation " + operation);
        };
        if ("between".equals(operation)) {
            assertThat(Duration.parse(actual)).as(name).isEqualTo(Duration.parse(expected));
        } else {
            assertThat(OffsetDateTime.parse(actual)).as(name).isEqualTo(OffsetDateTime.parse(expected));
            assertThat(actual).as("always with seconds and the +07:00 offset").matches(
                    "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+07:00");
        }
    }

    @Test
    void workingDaysAndHoursHaveTypedAndExpressionForms() {
        Instant tuesday = OffsetDateTime.parse("2026-03-10T10:00+07:00").toInstant();

        assertThat(calendar.addWorkingDays(tuesday, 7)).isEqualTo(OffsetDateTime.parse("2026-03-19T17:00+07:00").toInstant());
        assertThat(calendar.addWorkingHours(tuesday, 8)).isEqualTo(OffsetDateTime.parse("2026-03-11T10:00+07:00").toInstant());
        assertThat(deadlines.addWorkingDays("2026-03-10T10:00:00+07:00", 7)).isEqualTo("2026-03-19T17:00:00+07:00");
        assertThat(deadlines.addWorkingDays(Date.from(tuesday), 7)).isEqualTo("2026-03-19T17:00:00+07:00");
        assertThat(deadlines.addWorkingDays(tuesday, 7)).isEqualTo("2026-03-19T17:00:00+07:00");
        assertThat(deadlines.addWorkingDays("2026-03-10T10:00", 7)).as("local time read in HCMC")
                .isEqualTo("2026-03-19T17:00:00+07:00");
        assertThat(deadlines.addWorkingHours("2026-03-10T10:00:00+07:00", 0.5)).isEqualTo("2026-03-10T10:30:00+07:00");
        assertThat(deadlines.toDate("2026-03-19T17:00:00+07:00"))
                .isEqualTo(Date.from(OffsetDateTime.parse("2026-03-19T17:00+07:00").toInstant()));
        assertThat(deadlines.workingMinutesBetween("2026-03-10T10:00:00+07:00", "2026-03-10T13:30:00+07:00")).isEqualTo(120);
    }

    @Test
    void escalationAndInformationWaitAreConfigurable() {
        assertThat(deadlines.escalationLevel2At("2026-02-13T17:00:00+07:00")).as("default two working days, across Tết")
                .isEqualTo("2026-02-24T17:00:00+07:00");
        assertThat(deadlines.informationDueAt("2026-03-13T16:00:00+07:00")).as("default five working days")
                .isEqualTo("2026-03-20T17:00:00+07:00");
        Deadlines configured = new Deadlines(calendar, SlaTestSupport.clockAt(LocalDate.of(2026, 3, 10)), "PT4H", "P10D");
        assertThat(configured.escalationLevel2At("2026-03-10T17:00:00+07:00")).isEqualTo("2026-03-11T11:30:00+07:00");
        assertThat(configured.informationDueAt("2026-03-13T16:00:00+07:00")).isEqualTo("2026-03-27T17:00:00+07:00");
        assertThatThrownBy(() -> new Deadlines(calendar, SlaTestSupport.clockAt(LocalDate.of(2026, 3, 10)), "2 days", "P5D"))
                .hasMessageContaining("policy duration");
    }

    @Test
    void zeroWorkingDaysIsTheCloseOfTheDayOrOfTheNextWorkingDay() {
        assertThat(deadlines.addWorkingDays("2026-03-10T10:00:00+07:00", 0)).isEqualTo("2026-03-10T17:00:00+07:00");
        assertThat(deadlines.addWorkingDays("2026-02-15T10:00:00+07:00", 0)).isEqualTo("2026-02-23T17:00:00+07:00");
    }

    @Test
    void workingDaysFollowTheHolidayTable() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 16))).as("Tết").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 10))).as("swapped Saturday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 17))).as("ordinary Saturday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 27))).as("Hùng Kings compensated").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).as("no 2027 table: a Friday").isTrue();
        assertThat(deadlines.isWorkingDay("2026-08-22")).isTrue();
        assertThat(deadlines.isWorkingDay("2026-09-02T10:00:00+07:00")).isFalse();
    }

    @Test
    void isPastUsesTheInjectedClock() {
        assertThat(deadlines.isPast("2026-03-10T11:59:00+07:00")).isTrue();
        assertThat(deadlines.isPast("2026-03-10T12:01:00+07:00")).isFalse();
        assertThat(deadlines.now()).isEqualTo("2026-03-10T12:00:00+07:00");
    }

    @Test
    void officeHoursComeFromConfiguration() {
        WorkingCalendar longDays = new WorkingCalendar(SlaTestSupport.holidays(), "08:00-12:00, 13:30-17:30",
                WorkingCalendar.DEFAULT_ZONE);
        Instant tuesday = OffsetDateTime.parse("2026-03-10T11:00+07:00").toInstant();

        assertThat(longDays.addWorkingTime(tuesday, Duration.ofHours(2)))
                .isEqualTo(OffsetDateTime.parse("2026-03-10T14:30+07:00").toInstant());
        assertThat(longDays.addWorkingDays(tuesday, 1)).isEqualTo(OffsetDateTime.parse("2026-03-11T17:30+07:00").toInstant());
        assertThat(longDays.officeHours()).hasToString("[08:00-12:00, 13:30-17:30]");
    }

    @Test
    void invalidInputIsRefusedClearly() {
        assertThatThrownBy(() -> new WorkingCalendar(SlaTestSupport.holidays(), "07:30-11:30,11:00-17:00",
                WorkingCalendar.DEFAULT_ZONE)).hasMessageContaining("overlap");
        assertThatThrownBy(() -> new WorkingCalendar(SlaTestSupport.holidays(), "7h30 to 11h30",
                WorkingCalendar.DEFAULT_ZONE)).hasMessageContaining("feedback.sla.office-hours");
        assertThatThrownBy(() -> deadlines.addPolicyDuration("2026-03-10T10:00:00+07:00", "7 days"))
                .hasMessageContaining("policy duration");
        assertThatThrownBy(() -> deadlines.addWorkingDays("yesterday", 1)).hasMessageContaining("ISO-8601");
        assertThatThrownBy(() -> deadlines.addWorkingDays(null, 1)).hasMessageContaining("null");
        assertThatThrownBy(() -> calendar.addWorkingDays(Instant.EPOCH, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendar.fractionPoint(Instant.EPOCH, Instant.now(), 1.5))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
