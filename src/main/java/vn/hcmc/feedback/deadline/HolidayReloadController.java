package vn.hcmc.feedback.deadline;

import java.util.Map;
import java.util.Set;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.hcmc.feedback.deadline.OfficialHolidays;
import vn.hcmc.feedback.directory.CityGroups;
import vn.hcmc.feedback.security.Officials;
import vn.hcmc.feedback.system.Refusal;

/**
 * {@code POST /api/staff/admin/holidays/reload} (managers, administrators): reads holidays.yaml again and
 * recomputes the deadlines of every open report from their stored basis, moving their timers and tasks.
 * An invalid file is refused with 400 and nothing changes.
 */
@RestController
class HolidayReloadController {

    private final Officials officials;
    private final OfficialHolidays holidays;
    private final DeadlineTimers timers;

    HolidayReloadController(Officials officials, OfficialHolidays holidays, DeadlineTimers timers) {
        this.officials = officials;
        this.holidays = holidays;
        this.timers = timers;
    }

    record Reloaded(Set<Integer> years, int reportsRescheduled) {
    }

    @PostMapping("/api/staff/admin/holidays/reload")
    @Transactional
    public Reloaded reload() {
        officials.requireAnyGroup("reload the holiday calendar", CityGroups.MANAGERS, CityGroups.CAMUNDA_ADMIN);
        Set<Integer> years;
        try {
            years = holidays.reload();
        } catch (RuntimeException e) {
            throw new Refusal(Refusal.Reason.INVALID, "invalid-holidays",
                    "Lịch nghỉ lễ không hợp lệ / Invalid holiday data", e.getMessage(), Map.of());
        }
        return new Reloaded(years, timers.rescheduleAll());
    }
}
