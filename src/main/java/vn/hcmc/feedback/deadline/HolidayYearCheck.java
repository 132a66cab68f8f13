package vn.hcmc.feedback.deadline;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Warns operators when the holiday table they need is missing: from 1 October on, when the coming year has no table
 * (the Government announces it during the year before), and at any time when the current year has none. Without a
 * table the calendar counts Monday to Friday only, so deadlines would run through Tết. The warning is logged at
 * start and shown in the health details ({@link HolidayCalendarHealthIndicator}); it never stops the application.
 */
@Component
public class HolidayYearCheck {

    private static final Logger log = LoggerFactory.getLogger(HolidayYearCheck.class);
    /** From this day on, the coming year's table is expected. */
    public static final MonthDay NEXT_YEAR_EXPECTED_FROM = MonthDay.of(10, 1);

    private final OfficialHolidays holidays;
    private final Clock clock;

    public HolidayYearCheck(OfficialHolidays holidays, Clock clock) {
        this.holidays = holidays;
        this.clock = clock;
    }

    /** The warning for today (in Asia/Ho_Chi_Minh), if any. */
    public Optional<String> warning() {
        return warningOn(LocalDate.now(clock.withZone(WorkingCalendar.DEFAULT_ZONE)));
    }

    public Optional<String> warningOn(LocalDate today) {
        int year = today.getYear();
        if (!holidays.hasYear(year)) {
            return Optional.of("holidays.yaml has no official holiday table for the current year " + year
                    + ": days off are unknown and deadlines count Monday to Friday only. Add " + year
                    + " and reload. / Chưa có lịch nghỉ lễ năm " + year + ".");
        }
        if (!MonthDay.from(today).isBefore(NEXT_YEAR_EXPECTED_FROM) && !holidays.hasYear(year + 1)) {
            return Optional.of("holidays.yaml has no official holiday table for " + (year + 1)
                    + " yet: deadlines reaching into " + (year + 1) + " count Monday to Friday only. Add it as soon"
                    + " as the Government announces it. / Chưa có lịch nghỉ lễ năm " + (year + 1) + ".");
        }
        return Optional.empty();
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnAtStart() {
        warning().ifPresentOrElse(w -> log.warn("Holiday calendar: {}", w),
                () -> log.info("Holiday calendar: tables for years {}", holidays.years()));
    }
}
