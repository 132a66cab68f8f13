package vn.hcmc.feedback.deadline;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.core.io.DefaultResourceLoader;
import vn.hcmc.feedback.directory.ReferenceDataProperties;
import vn.hcmc.feedback.directory.ReferenceFiles;

/** The project's own holidays.yaml and calendar, without Spring. */
final class SlaTestSupport {

    private SlaTestSupport() {
    }

    static OfficialHolidays holidays() {
        return new OfficialHolidays(new ReferenceFiles(new ReferenceDataProperties("classpath:reference/"),
                new DefaultResourceLoader()));
    }

    static WorkingCalendar calendar() {
        return new WorkingCalendar(holidays(), WorkingCalendar.DEFAULT_OFFICE_HOURS, WorkingCalendar.DEFAULT_ZONE);
    }

    static Clock clockAt(LocalDate day) {
        Instant noon = day.atTime(12, 0).atZone(WorkingCalendar.DEFAULT_ZONE).toInstant();
        return Clock.fixed(noon, WorkingCalendar.DEFAULT_ZONE);
    }
}
