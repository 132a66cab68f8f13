package vn.hcmc.feedback.report.process;

import static vn.hcmc.feedback.report.process.CitizenReportProcess.reportId;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.hcmc.feedback.directory.UnitDirectory;
import vn.hcmc.feedback.report.Report;
import vn.hcmc.feedback.report.ReportRepository;

/**
 * On creation of a report's user task: the task's name carries what tells it apart in Tasklist's list, the tracking
 * code, category, unit and the first words of the report, e.g. "Xử lý phản ánh / Handle report · HCM-… · Rác thải,
 * vệ sinh môi trường · Phường Bến Thành · “Rác ùn ứ đầu hẻm…”". Officials who see a task may read its report. The
 * unit's and category's names, in Vietnamese and English, are also task-local variables for the form's text.
 */
@Component("reportTaskCaption")
class ReportTaskCaption implements TaskListener {

    /** Task-local names the forms show instead of codes ({{caseUnit}}, {{caseCategory}}). */
    static final String CASE_UNIT = "caseUnit";
    static final String CASE_CATEGORY = "caseCategory";

    static final int WORDS = 8;
    static final int MAX_LENGTH = 255;

    private final ReportRepository reports;
    private final UnitDirectory directory;

    ReportTaskCaption(ReportRepository reports, UnitDirectory directory) {
        this.reports = reports;
        this.directory = directory;
    }

    @Override
    public void notify(DelegateTask task) {
        Report report = reports.findById(reportId(task)).orElse(null);
        if (report == null) {
            return;
        }
        StringBuilder name = new StringBuilder(task.getName() == null ? "" : task.getName());
        name.append(" · ").append(report.getTrackingCode());
        String category = (String) task.getVariable("category");
        directory.category(category != null ? category : report.getCategory()).ifPresent(c -> {
            name.append(" · ").append(c.nameVi());
            task.setVariableLocal(CASE_CATEGORY, c.nameVi() + " / " + c.nameEn());
        });
        String unitCode = (String) task.getVariable("unitCode");
        directory.unit(unitCode != null ? unitCode : report.getUnitCode()).ifPresent(u -> {
            name.append(" · ").append(u.nameVi());
            task.setVariableLocal(CASE_UNIT, u.nameVi() + " / " + u.nameEn());
        });
        String words = firstWords(report.getTitle() != null && !report.getTitle().isBlank() ? report.getTitle()
                : report.getDescription());
        if (!words.isEmpty()) {
            name.append(" · “").append(words).append('”');
        }
        task.setName(name.length() <= MAX_LENGTH ? name.toString() : name.substring(0, MAX_LENGTH - 1) + "…");
    }

    static String firstWords(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String[] words = text.strip().split("\\s+");
        if (words.length <= WORDS) {
            return String.join(" ", words);
        }
        return String.join(" ", java.util.Arrays.copyOf(words, WORDS)) + "…";
    }
}
