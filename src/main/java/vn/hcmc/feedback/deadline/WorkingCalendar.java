package vn.hcmc.feedback.deadline;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Working time of the city's offices, in {@code Asia/Ho_Chi_Minh}: Monday to Friday within the office hours
 * ({@code feedback.sla.office-hours}, default {@code 07:30-11:30,13:00-17:00}), minus the official days off, plus the
 * swapped working Saturdays of {@link OfficialHolidays}. A year without a holiday table counts Monday to Friday
 * only (and {@link HolidayYearCheck} warns about it).
 *
 * <h2>How deadlines are counted</h2>
 * <ul>
 *   <li><b>Working hours</b> ({@link #addWorkingTime}): only time inside office hours on working days runs. 8 working
 *       hours from Tuesday 10:00 end on Wednesday 10:00 (1.5 h before lunch, 4 h afternoon, 2.5 h next morning). A
 *       deadline that is reached exactly at the end of a period is that end (11:30 or 17:00), not the next
 *       opening.</li>
 *   <li><b>Working days</b> ({@link #addWorkingDays}): Civil Code 2015 art. 147(1): when a period is counted in days,
 *       the day of the event (receipt) is not counted; counting starts with the next day. Only working days are
 *       counted, and art. 148(5): when the act is to be done at an office, the period ends when normal working hours
 *       end on the last day. So N working days from a report received on day D (any time of day, even outside
 *       office hours or on a day off) end at the close of office hours (17:00) of the N-th working day after D. 7
 *       working days from Tuesday 10 March 2026 10:00 end on Thursday 19 March 2026 17:00. Because only working days
 *       are counted, such a deadline never lands on a day off.</li>
 *   <li><b>Calendar days</b> ({@link #addCalendarDays}): art. 147–148 literally: day D is not counted, the period
 *       ends at the close of office hours of day D+N; a deadline that falls on a day off (art. 148(4)) moves to the
 *       end of the next working day.</li>
 *   <li><b>Pauses</b>: {@link #workingTimeBetween} measures the working time of a pause; {@link #resumeAfterPause}
 *       adds it back to the deadline.</li>
 * </ul>
 * Results are exact to the second. Pure computation over reference data: safe on every node.
 */
@Service
public class WorkingCalendar {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final String DEFAULT_OFFICE_HOURS = "07:30-11:30,13:00-17:00";

    private static final Pattern PERIOD = Pattern.compile("\\s*(\\d{1,2}:\\d{2})\\s*-\\s*(\\d{1,2}:\\d{2})\\s*");
    private static final Pattern POLICY_DURATION = Pattern.compile("P(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?)?");
    /** No sane calendar has a whole year without a working day; beyond that the configuration is broken. */
    private static final int MAX_DAYS_SEARCHED = 400;

    private final OfficialHolidays holidays;
    private final ZoneId zone;
    private final List<Period> periods;

    public WorkingCalendar(OfficialHolidays holidays,
                           @Value("${feedback.sla.office-hours:" + DEFAULT_OFFICE_HOURS + "}") String officeHours,
                           @Value("${feedback.sla.zone:Asia/Ho_Chi_Minh}") ZoneId zone) {
        this.holidays = holidays;
        this.zone = zone;
        this.periods = parse(officeHours);
    }

    public ZoneId zone() {
        return zone;
    }

    /** The office hours, e.g. {@code [07:30-11:30, 13:00-17:00]}. */
    public List<Period> officeHours() {
        return periods;
    }

    public boolean isWorkingDay(LocalDate date) {
        if (holidays.isSwappedWorkingDay(date)) {
            return true;
        }
        if (holidays.isDayOff(date)) {
            return false;
        }
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    /** The first working day strictly after {@code date}. */
    public LocalDate nextWorkingDay(LocalDate date) {
        LocalDate day = date;
        for (int i = 0; i < MAX_DAYS_SEARCHED; i++) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                return day;
            }
        }
        throw new IllegalStateException("No working day within " + MAX_DAYS_SEARCHED + " days after " + date);
    }

    /** Close of office hours of {@code date} (17:00 by default). */
    public Instant endOfOfficeHours(LocalDate date) {
        return date.atTime(periods.get(periods.size() - 1).end()).atZone(zone).toInstant();
    }

    /** Adds working time (hours and minutes inside office hours on working days). */
    public Instant addWorkingTime(Instant start, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("Working time to add is negative: " + amount);
        }
        if (amount.isZero()) {
            return start;
        }
        ZonedDateTime at = start.atZone(zone);
        LocalDate day = at.toLocalDate();
        LocalTime time = at.toLocalTime();
        Duration remaining = amount;
        int daysWithoutWork = 0;
        while (daysWithoutWork <= MAX_DAYS_SEARCHED) {
            daysWithoutWork = isWorkingDay(day) ? 0 : daysWithoutWork + 1;
            if (isWorkingDay(day)) {
                for (Period period : periods) {
                    if (!time.isBefore(period.end())) {
                        continue;
                    }
                    LocalTime from = time.isAfter(period.start()) ? time : period.start();
                    Duration available = Duration.between(from, period.end());
                    if (remaining.compareTo(available) <= 0) {
                        return day.atTime(from).atZone(zone).plus(remaining).toInstant();
                    }
                    remaining = remaining.minus(available);
                }
            }
            day = day.plusDays(1);
            time = LocalTime.MIN;
        }
        throw new IllegalStateException("No working time within " + MAX_DAYS_SEARCHED + " days after " + start);
    }

    public Instant addWorkingHours(Instant start, double hours) {
        return addWorkingTime(start, Duration.ofSeconds(Math.round(hours * 3600)));
    }

    /**
     * The close of office hours of the {@code days}-th working day after the day of {@code start} (the day of
     * {@code start} is not counted). 0 days: the close of the same day, or of the next working day if it is a day
     * off.
     */
    public Instant addWorkingDays(Instant start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("Working days to add are negative: " + days);
        }
        LocalDate day = start.atZone(zone).toLocalDate();
        if (days == 0) {
            return endOfOfficeHours(isWorkingDay(day) ? day : nextWorkingDay(day));
        }
        for (int counted = 0; counted < days; counted++) {
            day = nextWorkingDay(day);
        }
        return endOfOfficeHours(day);
    }

    /** Civil Code counting in calendar days: close of office hours of day + N, moved past days off. */
    public Instant addCalendarDays(Instant start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("Days to add are negative: " + days);
        }
        LocalDate day = start.atZone(zone).toLocalDate().plusDays(days);
        return endOfOfficeHours(isWorkingDay(day) ? day : nextWorkingDay(day));
    }

    /**
     * Adds a policy duration in ISO-8601 form where every unit means working time: {@code P7D} = 7 working days
     * ({@link #addWorkingDays}), {@code PT8H} = 8 working hours, {@code PT30M} = 30 working minutes. A mixed value
     * ({@code P1DT4H}) adds the days first, then the working time.
     */
    public Instant addPolicyDuration(Instant start, String duration) {
        PolicyDuration parsed = parsePolicyDuration(duration);
        Instant result = parsed.workingDays() > 0 ? addWorkingDays(start, parsed.workingDays()) : start;
        return addWorkingTime(result, parsed.workingTime());
    }

    /** Working time between two instants (negative when {@code to} is before {@code from}). */
    public Duration workingTimeBetween(Instant from, Instant to) {
        if (to.isBefore(from)) {
            return workingTimeBetween(to, from).negated();
        }
        ZonedDateTime start = from.atZone(zone);
        ZonedDateTime end = to.atZone(zone);
        Duration total = Duration.ZERO;
        for (LocalDate day = start.toLocalDate(); !day.isAfter(end.toLocalDate()); day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            for (Period period : periods) {
                ZonedDateTime periodStart = day.atTime(period.start()).atZone(zone);
                ZonedDateTime periodEnd = day.atTime(period.end()).atZone(zone);
                ZonedDateTime a = periodStart.isAfter(start) ? periodStart : start;
                ZonedDateTime b = periodEnd.isBefore(end) ? periodEnd : end;
                if (a.isBefore(b)) {
                    total = total.plus(Duration.between(a, b));
                }
            }
        }
        return total;
    }

    /**
     * The instant at which {@code fraction} (0..1) of the working time between {@code start} and {@code deadline} has
     * run, e.g. the reminder at 75%. A deadline not after the start gives the deadline.
     */
    public Instant fractionPoint(Instant start, Instant deadline, double fraction) {
        if (fraction < 0 || fraction > 1 || Double.isNaN(fraction)) {
            throw new IllegalArgumentException("Fraction must be between 0 and 1: " + fraction);
        }
        Duration total = workingTimeBetween(start, deadline);
        if ((total.isZero() || total.isNegative())) {
            return deadline;
        }
        long seconds = Math.round(total.toSeconds() * fraction);
        return addWorkingTime(start, Duration.ofSeconds(seconds));
    }

    /** The deadline with the working time of a pause ({@code pausedAt} to {@code resumedAt}) added back. */
    public Instant resumeAfterPause(Instant deadline, Instant pausedAt, Instant resumedAt) {
        Duration paused = workingTimeBetween(pausedAt, resumedAt);
        return !(paused.isZero() || paused.isNegative()) ? addWorkingTime(deadline, paused) : deadline;
    }

    static PolicyDuration parsePolicyDuration(String duration) {
        Matcher m = duration == null ? null : POLICY_DURATION.matcher(duration.trim());
        if (m == null || !m.matches() || duration.trim().equals("P") || duration.trim().endsWith("T")) {
            throw new IllegalArgumentException("Not a policy duration (PnD, PTnH, PTnM, PnDTnH): " + duration);
        }
        int days = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
        long hours = m.group(2) == null ? 0 : Long.parseLong(m.group(2));
        long minutes = m.group(3) == null ? 0 : Long.parseLong(m.group(3));
        return new PolicyDuration(days, Duration.ofHours(hours).plusMinutes(minutes));
    }

    private static List<Period> parse(String officeHours) {
        List<Period> result = new ArrayList<>();
        for (String part : officeHours.split(",")) {
            Matcher m = PERIOD.matcher(part);
            if (!m.matches()) {
                throw new IllegalArgumentException(
                        "feedback.sla.office-hours: '" + part + "' is not a period like 07:30-11:30");
            }
            LocalTime start = LocalTime.parse(pad(m.group(1)));
            LocalTime end = LocalTime.parse(pad(m.group(2)));
            if (!end.isAfter(start)) {
                throw new IllegalArgumentException("feedback.sla.office-hours: '" + part + "' ends before it starts");
            }
            result.add(new Period(start, end));
        }
        result.sort(Comparator.comparing(Period::start));
        for (int i = 1; i < result.size(); i++) {
            if (result.get(i).start().isBefore(result.get(i - 1).end())) {
                throw new IllegalArgumentException("feedback.sla.office-hours: periods overlap: " + officeHours);
            }
        }
        if (result.isEmpty()) {
            throw new IllegalArgumentException("feedback.sla.office-hours is empty");
        }
        return List.copyOf(result);
    }

    private static String pad(String time) {
        return time.length() == 4 ? "0" + time : time;
    }

    /** One office period of a working day. */
    public record Period(LocalTime start, LocalTime end) {
        @Override
        public String toString() {
            return start + "-" + end;
        }
    }

    /** A policy duration: working days, then working time. */
    public record PolicyDuration(int workingDays, Duration workingTime) {
    }
}
