package vn.hcmc.feedback.deadline;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health component {@code holidayCalendar}: always UP (a missing table must not take a node out of the load
 * balancer), with the known years, the office hours and, when a table is missing, a {@code warning} detail.
 */
@Component("holidayCalendarHealthIndicator")
class HolidayCalendarHealthIndicator implements HealthIndicator {

    private final OfficialHolidays holidays;
    private final WorkingCalendar calendar;
    private final HolidayYearCheck check;

    HolidayCalendarHealthIndicator(OfficialHolidays holidays, WorkingCalendar calendar, HolidayYearCheck check) {
        this.holidays = holidays;
        this.calendar = calendar;
        this.check = check;
    }

    @Override
    public Health health() {
        Health.Builder health = Health.up()
                .withDetail("years", holidays.years())
                .withDetail("officeHours", calendar.officeHours().stream().map(Object::toString).toList())
                .withDetail("zone", calendar.zone().getId());
        check.warning().ifPresent(warning -> health.withDetail("warning", warning));
        return health.build();
    }
}
