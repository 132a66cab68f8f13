package vn.hcmc.feedback.handling;

import static vn.hcmc.feedback.report.process.ReportHandlingProcess.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcmc.feedback.attachment.AttachmentInspector;
import vn.hcmc.feedback.attachment.IncomingFile;
import vn.hcmc.feedback.directory.CityGroups;
import vn.hcmc.feedback.directory.Unit;
import vn.hcmc.feedback.report.Report;
import vn.hcmc.feedback.report.ReportEvent;
import vn.hcmc.feedback.report.ReportHistory;
import vn.hcmc.feedback.report.ReportStatus;
import vn.hcmc.feedback.report.ReportViews;
import vn.hcmc.feedback.report.process.ReportHandlingProcess;
import vn.hcmc.feedback.security.Officials;
import vn.hcmc.feedback.system.Refusal;
import vn.hcmc.feedback.system.TaskCompletion;

/**
 * The staff API's and the citizen's actions on a report being handled, each completing the matching task of its
 * process (the same listeners check and record them as for Tasklist). Order of checks: the report exists (404),
 * the caller may act (403), the input is valid (400), the report is in a state that allows it (409); nothing
 * changes on any of them.
 */
@Service
public class HandlingActions {

    private final ReportViews views;
    private final Officials officials;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final TaskCompletion tasks;
    private final ReportHandling handling;
    private final ReportHistory history;
    private final AttachmentInspector inspector;

    public HandlingActions(ReportViews views, Officials officials, TaskService taskService,
                           RuntimeService runtimeService, TaskCompletion tasks, ReportHandling handling,
                           ReportHistory history, AttachmentInspector inspector) {
        this.views = views;
        this.officials = officials;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.tasks = tasks;
        this.handling = handling;
        this.history = history;
        this.inspector = inspector;
    }

    /** The unit takes the report: Task_HandleReport is claimed by the caller. */
    @Transactional
    public void claim(String trackingCode) {
        Report report = views.find(trackingCode);
        String user = requireUnit(report, "claim");
        Task task = openTask(report, TASK_HANDLE_REPORT, "claimed");
        if (task.getAssignee() != null) {
            throw Refusal.conflict(task.getAssignee().equals(user) ? "already-claimed" : "claimed-by-another",
                    "Report " + report.getTrackingCode() + " is already taken by " + task.getAssignee() + ".");
        }
        taskService.claim(task.getId(), user);
        handling.accepted(report.getId(), user);
    }

    @Transactional
    public void requestInformation(String trackingCode, String question) {
        act(trackingCode, Map.of(FIELD_ACTION, HandlingRules.INFORMATION, FIELD_QUESTION, nullToEmpty(question)));
    }

    @Transactional
    public void transfer(String trackingCode, String unitCode, String reason) {
        act(trackingCode, Map.of(FIELD_ACTION, HandlingRules.TRANSFER, FIELD_TRANSFER_UNIT, nullToEmpty(unitCode),
                FIELD_REASON, nullToEmpty(reason)));
    }

    @Transactional
    public void requestExtension(String trackingCode, String reason, Object workingDays) {
        Map<String, Object> fields = new HashMap<>();
        fields.put(FIELD_ACTION, HandlingRules.EXTENSION);
        fields.put(FIELD_REASON, nullToEmpty(reason));
        fields.put(FIELD_WORKING_DAYS, workingDays);
        act(trackingCode, fields);
    }

    /** A leader of the unit approves or refuses the pending extension (checked by the task's listener). */
    @Transactional
    public void decideExtension(String trackingCode, Object approved, String comment) {
        Report report = views.find(trackingCode);
        String user = officials.requireAnyGroup("decide on extensions of report " + report.getTrackingCode(),
                Unit.leadersGroupOf(report.getUnitCode()));
        Task task = openTask(report, TASK_DECIDE_EXTENSION, "decided on");
        claimFor(task, user);
        Map<String, Object> fields = new HashMap<>();
        fields.put(FIELD_APPROVED, approved);
        fields.put(FIELD_COMMENT, comment);
        tasks.complete(task.getId(), fields);
    }

    /** The report's history, for the officials who may read the report. */
    public List<ReportEvent> history(String trackingCode) {
        Report report = views.find(trackingCode);
        officials.requireAnyGroup("read report " + report.getTrackingCode(), readers(report));
        return history.of(report.getId());
    }

    /** The citizen's answer to the unit's question (token checked by the caller); resumes the clock. */
    @Transactional
    public void informationFromCitizen(Report report, String text, List<IncomingFile> files) {
        if (text == null || text.isBlank()) {
            throw Refusal.invalid("information-text-required", "The information needs a text.");
        }
        if (text.strip().length() > 5000) {
            throw Refusal.invalid("information-too-long", "The information has at most 5000 characters.");
        }
        var inspected = inspector.inspect(files);
        if (report.getStatus() != ReportStatus.AWAITING_INFORMATION) {
            throw Refusal.conflict("no-information-requested", "Report " + report.getTrackingCode()
                    + " is not waiting for information (status " + report.getStatus() + ").");
        }
        handling.informationReceived(report.getId(), text.strip(), inspected);
        try {
            runtimeService.createMessageCorrelation(MESSAGE_INFORMATION_RECEIVED)
                    .processInstanceBusinessKey(report.getTrackingCode()).correlate();
        } catch (MismatchingMessageCorrelationException e) {
            throw Refusal.conflict("no-information-requested", "Report " + report.getTrackingCode()
                    + " is not waiting for information any more.");
        }
    }

    /**
     * The unit's choice through the API takes the Tasklist form's path: the handling task completes with the same
     * fields, and its listener ({@link HandlingDecisions}) checks and records it; a refusal comes back as is.
     */
    private void act(String trackingCode, Map<String, Object> fields) {
        Report report = views.find(trackingCode);
        String user = requireUnit(report, fields.get(FIELD_ACTION) + " on");
        Task task = openTask(report, TASK_HANDLE_REPORT, "acted on");
        claimFor(task, user);
        tasks.complete(task.getId(), fields);
    }

    private void claimFor(Task task, String user) {
        if (task.getAssignee() == null) {
            taskService.claim(task.getId(), user);
        } else if (!task.getAssignee().equals(user)) {
            throw Refusal.conflict("claimed-by-another", "The task is taken by " + task.getAssignee()
                    + "; only they can act on it now.");
        }
    }

    private Task openTask(Report report, String taskDefinitionKey, String verb) {
        List<Task> tasks = taskService.createTaskQuery().processInstanceBusinessKey(report.getTrackingCode())
                .processDefinitionKey(PROCESS_ID).taskDefinitionKey(taskDefinitionKey).list();
        if (tasks.isEmpty()) {
            throw new Refusal(Refusal.Reason.CONFLICT, "wrong-state", "Xung đột trạng thái / Conflict",
                    "Report " + report.getTrackingCode() + " cannot be " + verb + " now (status "
                            + report.getStatus() + ").");
        }
        return tasks.get(0);
    }

    private String requireUnit(Report report, String action) {
        if (report.getUnitCode() == null) {
            throw Refusal.forbidden("not-allowed", "Report " + report.getTrackingCode()
                    + " is not assigned to a unit yet; no unit may " + action + " it.");
        }
        return officials.requireAnyGroup(action + " report " + report.getTrackingCode(),
                Unit.staffGroupOf(report.getUnitCode()), Unit.leadersGroupOf(report.getUnitCode()));
    }

    private static String[] readers(Report report) {
        List<String> groups = new java.util.ArrayList<>(List.of(CityGroups.TRIAGE_DESK,
                CityGroups.CITY_INSPECTORATE, CityGroups.MANAGERS));
        if (report.getUnitCode() != null) {
            groups.add(Unit.staffGroupOf(report.getUnitCode()));
            groups.add(Unit.leadersGroupOf(report.getUnitCode()));
        }
        return groups.toArray(String[]::new);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
