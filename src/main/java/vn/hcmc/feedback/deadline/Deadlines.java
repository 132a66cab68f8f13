package vn.hcmc.feedback.deadline;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The working-time calendar for BPMN expressions and process variables, bean {@code deadlines}:
 * <pre>
 *   ${deadlines.addWorkingDays(receivedAt, 7)}          → "2026-03-19T17:00:00+07:00"
 *   ${deadlines.addPolicyDuration(receivedAt, "PT8H")}  → 8 working hours later
 *   ${deadlines.fractionPoint(receivedAt, answerDueAt, 0.75)}
 *   ${deadlines.toDate(answerDueAt)}                    → java.util.Date for a task dueDate / timer timeDate
 * </pre>
 * Every instant argument may be an ISO-8601 string with offset ({@code 2026-03-10T10:00:00+07:00} or {@code ...Z}),
 * a local date-time string (read in Asia/Ho_Chi_Minh), {@link Instant}, {@link OffsetDateTime},
 * {@link ZonedDateTime} or {@link Date}. Results are ISO-8601 strings with the +07:00 offset, to the second, the form
 * of the variables {@code acceptDueAt} and {@code answerDueAt}; Camunda accepts them as timer {@code timeDate} and as
 * task {@code dueDate}/{@code followUpDate}, and {@link #toDate} converts when a {@link Date} is needed.
 *
 * <p>Each method name exists once (no overloads), because the expression language picks overloaded methods by
 * argument count only. Java code uses the typed {@link WorkingCalendar}; see there for how days are counted.
 */
@Component("deadlines")
public class Deadlines {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    public static final String DEFAULT_LEVEL2_AFTER = "P2D";
    public static final String DEFAULT_INFORMATION_WAIT = "P5D";

    private final WorkingCalendar calendar;
    private final Clock clock;
    private final String level2After;
    private final String informationWait;

    public Deadlines(WorkingCalendar calendar, Clock clock) {
        this(calendar, clock, DEFAULT_LEVEL2_AFTER, DEFAULT_INFORMATION_WAIT);
    }

    @Autowired
    public Deadlines(WorkingCalendar calendar, Clock clock,
                     @Value("${feedback.sla.escalation-level2-after:" + DEFAULT_LEVEL2_AFTER + "}") String level2After,
                     @Value("${feedback.sla.information-wait:" + DEFAULT_INFORMATION_WAIT + "}") String informationWait) {
        this.calendar = calendar;
        this.clock = clock;
        WorkingCalendar.parsePolicyDuration(level2After);
        WorkingCalendar.parsePolicyDuration(informationWait);
        this.level2After = level2After;
        this.informationWait = informationWait;
    }

    /** The typed calendar, for Java code. */
    public WorkingCalendar calendar() {
        return calendar;
    }

    /** Now, as an ISO string with offset (from the application clock). */
    public String now() {
        return format(clock.instant());
    }

    public String addWorkingDays(Object start, int days) {
        return format(calendar.addWorkingDays(instant(start), days));
    }

    public String addWorkingHours(Object start, Number hours) {
        return format(calendar.addWorkingHours(instant(start), hours.doubleValue()));
    }

    public String addCalendarDays(Object start, int days) {
        return format(calendar.addCalendarDays(instant(start), days));
    }

    /** {@code P7D} = 7 working days, {@code PT8H} = 8 working hours (see {@link WorkingCalendar#addPolicyDuration}). */
    public String addPolicyDuration(Object start, String duration) {
        return format(calendar.addPolicyDuration(instant(start), duration));
    }

    /**
     * Level-2 escalation: {@code feedback.sla.escalation-level2-after} (default {@code P2D}, two working days) after
     * the answer deadline.
     */
    public String escalationLevel2At(Object answerDueAt) {
        return addPolicyDuration(answerDueAt, level2After);
    }

    /**
     * When an unanswered information request closes the report: {@code feedback.sla.information-wait} (default
     * {@code P5D}, five working days) after the question was asked.
     */
    public String informationDueAt(Object askedAt) {
        return addPolicyDuration(askedAt, informationWait);
    }

    /** Working time between two instants as an ISO duration, e.g. {@code PT2H30M}. */
    public String workingTimeBetween(Object from, Object to) {
        return calendar.workingTimeBetween(instant(from), instant(to)).toString();
    }

    /** Working minutes between two instants (whole minutes, rounded down). */
    public long workingMinutesBetween(Object from, Object to) {
        return calendar.workingTimeBetween(instant(from), instant(to)).toMinutes();
    }

    public String fractionPoint(Object start, Object deadline, Number fraction) {
        return format(calendar.fractionPoint(instant(start), instant(deadline), fraction.doubleValue()));
    }

    public String resumeAfterPause(Object deadline, Object pausedAt, Object resumedAt) {
        return format(calendar.resumeAfterPause(instant(deadline), instant(pausedAt), instant(resumedAt)));
    }

    /** True when the instant has passed (by the application clock). */
    public boolean isPast(Object instant) {
        return instant(instant).isBefore(clock.instant());
    }

    public boolean isWorkingDay(Object dateOrInstant) {
        if (dateOrInstant instanceof LocalDate date) {
            return calendar.isWorkingDay(date);
        }
        if (dateOrInstant instanceof String text && text.length() == 10) {
            return calendar.isWorkingDay(LocalDate.parse(text));
        }
        return calendar.isWorkingDay(instant(dateOrInstant).atZone(calendar.zone()).toLocalDate());
    }

    /** A {@link Date}, for Camunda timer {@code timeDate} and task {@code dueDate}/{@code followUpDate}. */
    public Date toDate(Object instant) {
        return Date.from(instant(instant));
    }

    /** The ISO-8601 form with offset used for process variables. */
    public String format(Instant instant) {
        return ISO.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(calendar.zone()));
    }

    /** Reads any accepted instant form (see the class comment). */
    public Instant instant(Object value) {
        if (value == null) {
            throw new IllegalArgumentException("No instant given (null)");
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof Date d) {
            return d.toInstant();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        if (value instanceof LocalDateTime l) {
            return l.atZone(calendar.zone()).toInstant();
        }
        if (value instanceof CharSequence text) {
            return parse(text.toString().trim());
        }
        if (value instanceof TemporalAccessor t) {
            return Instant.from(t);
        }
        throw new IllegalArgumentException("Not an instant: " + value + " (" + value.getClass().getName() + ")");
    }

    private Instant parse(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).atZone(calendar.zone()).toInstant();
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("Not an ISO-8601 date-time: '" + text + "'", e);
            }
        }
    }
}
