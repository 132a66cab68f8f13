package vn.hcmc.feedback.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.hcmc.feedback.directory.ReferenceFiles;

/**
 * Official days off and swapped working Saturdays, per year, from {@code holidays.yaml}. The Government announces
 * each year's table during the year before: a year without a table is known as such, never guessed.
 */
@Service
public class OfficialHolidays {

    private static final Logger log = LoggerFactory.getLogger(OfficialHolidays.class);

    private final ReferenceFiles files;
    private volatile Map<Integer, Year> years;

    public OfficialHolidays(ReferenceFiles files) {
        this.files = files;
        this.years = load(files.read("holidays.yaml", HolidaysFile.class));
        log.info("Reference data: official holidays for years {}", years.keySet());
    }

    /**
     * Reads holidays.yaml again (e.g. after the Government announced next year's table). An invalid file is
     * refused and the loaded table stays. The due dates already computed are not changed here: see
     * {@code DeadlineTimers.rescheduleAll()}.
     */
    public synchronized Set<Integer> reload() {
        Map<Integer, Year> loaded = load(files.read("holidays.yaml", HolidaysFile.class));
        this.years = loaded;
        log.info("Reference data: official holidays reloaded, years {}", loaded.keySet());
        return years();
    }

    public Set<Integer> years() {
        return Collections.unmodifiableSet(years.keySet());
    }

    public boolean hasYear(int year) {
        return years.containsKey(year);
    }

    public boolean isDayOff(LocalDate date) {
        Year year = years.get(date.getYear());
        return year != null && year.daysOff().contains(date);
    }

    public boolean isSwappedWorkingDay(LocalDate date) {
        Year year = years.get(date.getYear());
        return year != null && year.workingSaturdays().contains(date);
    }

    private static Map<Integer, Year> load(ReferenceFiles.Loaded<HolidaysFile> file) {
        if (file.value().years() == null || file.value().years().isEmpty()) {
            throw file.error("years", "no years listed");
        }
        Map<Integer, Year> result = new TreeMap<>();
        file.value().years().forEach((year, entry) -> {
            Set<LocalDate> off = new TreeSet<>();
            Set<LocalDate> saturdays = new TreeSet<>();
            for (Entry e : nullToEmpty(entry.daysOff())) {
                for (LocalDate day : expand(file, year, e)) {
                    off.add(day);
                }
            }
            for (Entry e : nullToEmpty(entry.workingSaturdays())) {
                for (LocalDate day : expand(file, year, e)) {
                    if (day.getDayOfWeek() != DayOfWeek.SATURDAY) {
                        throw file.error(e.date(), "working Saturday " + day + " is a " + day.getDayOfWeek());
                    }
                    saturdays.add(day);
                }
            }
            result.put(year, new Year(Collections.unmodifiableSet(off), Collections.unmodifiableSet(saturdays)));
        });
        return Collections.unmodifiableMap(result);
    }

    private static List<LocalDate> expand(ReferenceFiles.Loaded<HolidaysFile> file, int year, Entry entry) {
        if (entry == null || entry.date() == null) {
            throw file.error(String.valueOf(year), "an entry of " + year + " has no date");
        }
        String[] bounds = entry.date().split("\\.\\.");
        try {
            LocalDate from = LocalDate.parse(bounds[0].trim());
            LocalDate to = bounds.length > 1 ? LocalDate.parse(bounds[1].trim()) : from;
            if (bounds.length > 2 || to.isBefore(from)) {
                throw file.error(entry.date(), "'" + entry.date() + "' is not a date or a range from..to");
            }
            if (from.getYear() != year || to.getYear() != year) {
                throw file.error(entry.date(), entry.date() + " is listed under year " + year);
            }
            return from.datesUntil(to.plusDays(1)).toList();
        } catch (DateTimeParseException e) {
            throw file.error(entry.date(), "'" + entry.date() + "' is not an ISO date (yyyy-mm-dd) or range");
        }
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    record Year(Set<LocalDate> daysOff, Set<LocalDate> workingSaturdays) {
    }

    record HolidaysFile(Map<Integer, YearEntry> years) {
    }

    record YearEntry(List<Entry> daysOff, List<Entry> workingSaturdays) {
    }

    record Entry(String date, String name) {
    }
}
