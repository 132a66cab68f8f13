package vn.hcmc.feedback.insight;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A period the figures are counted over, {@code [from, to)}. The city's monthly period is the hotline's: from 12:00
 * on the 25th of the previous month to 12:00 on the 25th, in Ho Chi Minh City time; it is named by the month it ends
 * in ("kỳ tháng 11/2026" runs from 25/10/2026 12:00 to 25/11/2026 12:00).
 */
public record ReportingPeriod(Instant from, Instant to, YearMonth month) {

    public static final ZoneId CITY = ZoneId.of("Asia/Ho_Chi_Minh");
    static final int BOUNDARY_DAY = 25;
    static final LocalTime BOUNDARY_TIME = LocalTime.NOON;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    public ReportingPeriod {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("A period ends after it starts: " + from + " – " + to);
        }
    }

    /** The monthly period ending at 12:00 on the 25th of {@code month}. */
    public static ReportingPeriod month(YearMonth month) {
        return new ReportingPeriod(boundary(month.minusMonths(1)), boundary(month), month);
    }

    /** The monthly period {@code at} falls in: at 12:00 on the 25th exactly, the next one begins. */
    public static ReportingPeriod containing(Instant at) {
        YearMonth month = YearMonth.from(at.atZone(CITY));
        return at.isBefore(boundary(month)) ? month(month) : month(month.plusMonths(1));
    }

    /** The days from {@code first} to {@code last}, both included, in city time. */
    public static ReportingPeriod days(LocalDate first, LocalDate last) {
        return new ReportingPeriod(first.atStartOfDay(CITY).toInstant(), last.plusDays(1).atStartOfDay(CITY)
                .toInstant(), null);
    }

    private static Instant boundary(YearMonth month) {
        return ZonedDateTime.of(month.atDay(BOUNDARY_DAY), BOUNDARY_TIME, CITY).toInstant();
    }

    /** An instant in city time, e.g. "12:00 25/11/2026", as every staff and public page writes it. */
    public static String local(Instant instant) {
        return LOCAL.format(instant.atZone(CITY));
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(from) && instant.isBefore(to);
    }

    /** E.g. "12:00 25/10/2026 – 12:00 25/11/2026" (city time). */
    public String inWords() {
        return local(from) + " – " + local(to);
    }
}
