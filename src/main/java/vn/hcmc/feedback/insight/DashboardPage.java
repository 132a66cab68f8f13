package vn.hcmc.feedback.insight;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.hcmc.feedback.directory.Category;
import vn.hcmc.feedback.directory.CityGroups;
import vn.hcmc.feedback.directory.Unit;
import vn.hcmc.feedback.directory.UnitDirectory;
import vn.hcmc.feedback.security.Officials;
import vn.hcmc.feedback.system.Refusal;

/**
 * The managers' dashboard, {@code /staff/insight}: per unit, for the city's monthly period (12:00 on the 25th to
 * 12:00 on the 25th) or chosen days, and optionally one category, the figures of {@link UnitFigures}, ranked by
 * on-time rate; and a unit's drill-down to its overdue reports, each linking to the staff report view. With the
 * Camunda webapp login (the office pages' security). Managers, the city inspectorate and city leaders see every
 * unit; a unit's leader sees their own unit only; anyone else gets the 403 page. Read-only.
 */
@Controller
class DashboardPage {

    private final UnitFigures figures;
    private final UnitDirectory directory;
    private final Officials officials;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final MonthlyReports monthly;
    private final RuntimeService runtimeService;
    private final WeeklyTrend trend;

    /** The drill-down lists the most overdue reports first, at most this many. */
    static final int OVERDUE_LIST = 200;

    DashboardPage(UnitFigures figures, UnitDirectory directory, Officials officials, NamedParameterJdbcTemplate jdbc,
                  Clock clock, MonthlyReports monthly, RuntimeService runtimeService, WeeklyTrend trend) {
        this.trend = trend;
        this.monthly = monthly;
        this.runtimeService = runtimeService;
        this.figures = figures;
        this.directory = directory;
        this.officials = officials;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @GetMapping("/staff/insight")
    String dashboard(@RequestParam(required = false) String month, @RequestParam(required = false) String category,
                     Model model) {
        Set<String> units = visibleUnits();
        Instant now = clock.instant();
        ReportingPeriod period = period(month, now);
        String chosen = category == null || category.isBlank() ? null : category;
        if (chosen != null && directory.category(chosen).isEmpty()) {
            throw Refusal.invalid("unknown-category", "Không có lĩnh vực '" + chosen + "'. / Unknown category.");
        }
        model.addAttribute("table", figures.of(period, chosen, units, now));
        Instant last = period.to().isAfter(now) ? now : period.to().minusSeconds(1);
        List<WeeklyTrend.Week> weeks = trend.upTo(last.atZone(ReportingPeriod.CITY).toLocalDate(), chosen, units);
        model.addAttribute("weeks", weeks);
        model.addAttribute("weekMax", Math.max(1, weeks.stream().mapToLong(w -> Math.max(w.received(), w.answered()))
                .max().orElse(1)));
        model.addAttribute("period", period);
        model.addAttribute("month", period.month());
        model.addAttribute("previous", period.month().minusMonths(1));
        model.addAttribute("next", period.month().plusMonths(1));
        model.addAttribute("categories", directory.categories());
        model.addAttribute("category", chosen);
        model.addAttribute("wholeCity", units == null);
        model.addAttribute("official", officials.currentUserId());
        return "office/insight";
    }

    /** A unit's reports overdue now, the most overdue first. */
    @GetMapping("/staff/insight/units/{unitCode}/overdue")
    String overdue(@PathVariable String unitCode, Model model) {
        Set<String> units = visibleUnits();
        Unit unit = directory.unit(unitCode).orElseThrow(() -> Refusal.notFound("unit-not-found",
                "Không có đơn vị '" + unitCode + "'. / There is no unit " + unitCode + "."));
        if (units != null && !units.contains(unitCode)) {
            throw Refusal.forbidden("not-allowed", officials.currentUserId() + " may not read the figures of "
                    + unitCode + ".");
        }
        Instant now = clock.instant();
        List<OverdueReport> reports = jdbc.query("select r.tracking_code, r.category, r.received_at,"
                + " r.answer_due_at, r.status from report r where r.unit_code = :unit and r.status in (:open)"
                + " and r.status <> 'AWAITING_INFORMATION' and r.answer_due_at < :now order by r.answer_due_at"
                + " fetch first " + OVERDUE_LIST + " rows only",
                new MapSqlParameterSource().addValue("unit", unitCode).addValue("open", UnitFigures.IN_PROGRESS)
                        .addValue("now", java.sql.Timestamp.from(now)),
                (rs, i) -> new OverdueReport(rs.getString(1), cockpitLink(rs.getString(1)),
                        directory.category(rs.getString(2)).map(Category::nameVi).orElse(rs.getString(2)),
                        local(rs.getTimestamp(3).toInstant()), local(rs.getTimestamp(4).toInstant()),
                        java.time.Duration.between(rs.getTimestamp(4).toInstant(), now).toDays(), rs.getString(5)));
        model.addAttribute("unit", unit);
        model.addAttribute("reports", reports);
        model.addAttribute("limit", OVERDUE_LIST);
        model.addAttribute("now", local(now));
        model.addAttribute("official", officials.currentUserId());
        return "office/insight-overdue";
    }

    /** The month's frozen report, for managers, the inspectorate and city leaders (the approver's full table). */
    @GetMapping("/staff/insight/monthly/{month}")
    String monthly(@PathVariable String month, Model model) {
        MonthlyReports.MonthlyReport report = monthlyReport(month);
        model.addAttribute("report", report);
        model.addAttribute("official", officials.currentUserId());
        return "office/insight-monthly";
    }

    @GetMapping("/staff/insight/monthly/{month}.csv")
    ResponseEntity<String> monthlyCsv(@PathVariable String month) {
        MonthlyReports.MonthlyReport report = monthlyReport(month);
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"bao-cao-thang-" + report.month()
                        + ".csv\"").body(MonthlyExport.csv(report));
    }

    @GetMapping("/staff/insight/monthly/{month}.xlsx")
    ResponseEntity<byte[]> monthlyXlsx(@PathVariable String month) {
        MonthlyReports.MonthlyReport report = monthlyReport(month);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"bao-cao-thang-" + report.month()
                        + ".xlsx\"").body(MonthlyExport.xlsx(report));
    }

    private MonthlyReports.MonthlyReport monthlyReport(String month) {
        if (visibleUnits() != null) {
            throw Refusal.forbidden("not-allowed", officials.currentUserId() + " may not read the city's monthly"
                    + " report before it is published.");
        }
        YearMonth parsed = period(month, clock.instant()).month();
        return monthly.find(parsed).orElseThrow(() -> Refusal.notFound("monthly-report-not-found",
                "Chưa có báo cáo kỳ " + parsed + ". / There is no report for " + parsed + " yet."));
    }

    /** Cockpit's page of the report's running handling (or of the report's process), for the instance's state. */
    private String cockpitLink(String trackingCode) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(trackingCode)
                .orderByProcessInstanceId().asc().list().stream()
                .filter(i -> i.getProcessDefinitionId().startsWith("report-handling:")).findFirst()
                .or(() -> runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(trackingCode).list()
                        .stream().findFirst())
                .map(i -> "/camunda/app/cockpit/default/#/process-instance/" + i.getId() + "/runtime").orElse(null);
    }

    record OverdueReport(String trackingCode, String cockpit, String category, String receivedAt, String answerDueAt,
                         long daysOverdue, String status) {
    }

    /** Null: every unit. Else the units whose leaders the caller is among (403 when none). */
    private Set<String> visibleUnits() {
        List<String> groups = officials.currentGroups();
        if (groups.contains(CityGroups.MANAGERS) || groups.contains(CityGroups.CITY_INSPECTORATE)
                || groups.contains(CityGroups.CITY_LEADERS)) {
            return null;
        }
        Set<String> led = directory.units().stream().filter(u -> groups.contains(u.leadersGroup()))
                .map(Unit::code).collect(Collectors.toSet());
        if (led.isEmpty()) {
            throw Refusal.forbidden("not-allowed", officials.currentUserId() + " may not read the figures: they are"
                    + " for managers, the city inspectorate, city leaders and each unit's leaders.");
        }
        return led;
    }

    private static ReportingPeriod period(String month, Instant now) {
        if (month == null || month.isBlank()) {
            return ReportingPeriod.containing(now);
        }
        try {
            return ReportingPeriod.month(YearMonth.parse(month));
        } catch (DateTimeParseException e) {
            throw Refusal.invalid("invalid-month", "Kỳ phải có dạng YYYY-MM, ví dụ 2026-11. / The period is a month"
                    + " written YYYY-MM, e.g. 2026-11 (the period ending on 25 November at 12:00).");
        }
    }

    private static String local(Instant instant) {
        return ReportingPeriod.local(instant);
    }
}
