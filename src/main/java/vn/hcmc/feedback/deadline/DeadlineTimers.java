package vn.hcmc.feedback.deadline;

import static vn.hcmc.feedback.report.process.ReportHandlingProcess.*;
import static vn.hcmc.feedback.report.process.ReportTriageProcess.CATEGORY;
import static vn.hcmc.feedback.report.process.ReportTriageProcess.PRIORITY;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;
import vn.hcmc.feedback.deadline.SlaPolicy;
import vn.hcmc.feedback.report.ReportDueDates;
import vn.hcmc.feedback.report.process.CitizenReportProcess;
import vn.hcmc.feedback.report.process.ReportHandlingProcess;

/**
 * The engine side of the deadlines: recomputes a report's deadlines ({@link DeadlineSchedule}) and moves what
 * depends on them, through the public API only: the due dates of the open timer jobs
 * ({@link ManagementService#setJobDuedate}), and the due and follow-up dates of the open tasks. Pausing suspends the
 * deadline timers; resuming moves and reactivates them.
 */
@Component
public class DeadlineTimers {

    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final TaskService taskService;
    private final SlaPolicy policy;
    private final DeadlineSchedule schedule;
    private final Clock clock;
    private final ReportDueDates dueDates;

    public DeadlineTimers(RuntimeService runtimeService, ManagementService managementService,
                          TaskService taskService, SlaPolicy policy, DeadlineSchedule schedule, Clock clock,
                          ReportDueDates dueDates) {
        this.dueDates = dueDates;
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.taskService = taskService;
        this.policy = policy;
        this.schedule = schedule;
        this.clock = clock;
    }

    /**
     * Recomputes the deadlines from the stored basis in {@code variables}, moves the open timer jobs and tasks of
     * the instance, and returns the variables to write (acceptDueAt, answerDueAt, reminderAt, overdue).
     */
    public Map<String, Object> reschedule(String processInstanceId, Map<String, Object> variables) {
        DeadlineSchedule.Schedule due = schedule.compute(basis(variables));
        Map<String, Instant> byVariable = Map.of(ACCEPT_DUE_AT, due.acceptDueAt(), ANSWER_DUE_AT, due.answerDueAt(),
                REMINDER_AT, due.reminderAt(), LEVEL_2_DUE_AT, due.level2DueAt());
        boolean paused = Boolean.TRUE.equals(variables.get(CLOCK_PAUSED));
        for (Map.Entry<String, String> timer : DEADLINE_TIMERS.entrySet()) {
            for (Job job : jobs(processInstanceId, timer.getKey())) {
                managementService.setJobDuedate(job.getId(),
                        paused ? PAUSED_UNTIL : Date.from(byVariable.get(timer.getValue())));
            }
        }
        if (variables.get(INFORMATION_ASKED_AT) != null) {
            for (Job job : jobs(processInstanceId, TIMER_INFORMATION_DUE)) {
                managementService.setJobDuedate(job.getId(), Date.from(
                        schedule.informationDueAt(schedule.instant(variables.get(INFORMATION_ASKED_AT)))));
            }
        }
        for (Task task : taskService.createTaskQuery().processInstanceId(processInstanceId).list()) {
            Date dueDate = switch (task.getTaskDefinitionKey()) {
                case TASK_HANDLE_REPORT, TASK_DECIDE_EXTENSION -> Date.from(due.answerDueAt());
                case TASK_FOLLOW_UP_OVERDUE -> Date.from(due.level2DueAt());
                default -> null;
            };
            if (dueDate != null) {
                task.setDueDate(dueDate);
                if (TASK_HANDLE_REPORT.equals(task.getTaskDefinitionKey())) {
                    task.setFollowUpDate(Date.from(due.reminderAt()));
                }
                taskService.saveTask(task);
            }
        }
        if (variables.get(CitizenReportProcess.REPORT_ID) instanceof Number reportId) {
            dueDates.scheduled(reportId.longValue(), due.acceptDueAt(), due.answerDueAt());
        }
        Map<String, Object> values = new HashMap<>();
        values.put(ACCEPT_DUE_AT, schedule.format(due.acceptDueAt()));
        values.put(ANSWER_DUE_AT, schedule.format(due.answerDueAt()));
        values.put(REMINDER_AT, schedule.format(due.reminderAt()));
        values.put(OVERDUE, !due.answerDueAt().isAfter(clock.instant()));
        return values;
    }

    /**
     * Stops the deadline timers while the citizen is asked for information: their jobs are parked at
     * {@link #PAUSED_UNTIL} (a due date they never reach) until {@link #resume} gives them their new due dates.
     * Job suspension is not used: a suspension and a due-date change of one job in one transaction conflict.
     */
    public void pause(String processInstanceId) {
        for (Job job : deadlineJobs(processInstanceId)) {
            managementService.setJobDuedate(job.getId(), PAUSED_UNTIL);
        }
    }

    /** Gives the parked deadline timers their recomputed due dates. */
    public Map<String, Object> resume(String processInstanceId, Map<String, Object> variables) {
        Map<String, Object> resumed = new HashMap<>(variables);
        resumed.put(CLOCK_PAUSED, false);
        Map<String, Object> values = reschedule(processInstanceId, resumed);
        values.put(CLOCK_PAUSED, false);
        return values;
    }

    public static boolean isPaused(Job job) {
        return PAUSED_UNTIL.equals(job.getDuedate());
    }

    /**
     * After a change of the holiday data: every report under handling (a running report-handling instance, or a
     * citizen-report instance from before the split with deadline timers) recomputed from its stored basis, its
     * timers and tasks moved. Returns how many reports were rescheduled.
     */
    public int rescheduleAll() {
        int count = 0;
        Set<String> instances = new LinkedHashSet<>();
        runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_ID).list()
                .forEach(instance -> instances.add(instance.getId()));
        // a citizen-report instance from before the split holds the deadline scope itself: found by its timers
        for (String timer : DEADLINE_TIMERS.keySet()) {
            managementService.createJobQuery().processDefinitionKey(CitizenReportProcess.PROCESS_ID).activityId(timer)
                    .timers().list().forEach(job -> instances.add(job.getProcessInstanceId()));
        }
        for (String processInstanceId : instances) {
            rescheduleStored(processInstanceId);
            count++;
        }
        return count;
    }

    /** Recomputes one instance from the variables stored in the engine and writes the results. */
    public void rescheduleStored(String processInstanceId) {
        VariableMap stored = runtimeService.getVariablesTyped(processInstanceId, BASIS_VARIABLES, true);
        Map<String, Object> values = reschedule(processInstanceId, stored);
        runtimeService.setVariables(processInstanceId, values);
    }

    static final List<String> BASIS_VARIABLES = List.of(CATEGORY, PRIORITY, SLA_START, ACCEPT_START,
            PAUSED_MINUTES, EXTENSION_DAYS, INFORMATION_ASKED_AT, CLOCK_PAUSED);
    /** The due date of a paused deadline timer: 9999-12-31. */
    public static final Date PAUSED_UNTIL = Date.from(java.time.Instant.parse("9999-12-31T00:00:00Z"));

    private List<Job> deadlineJobs(String processInstanceId) {
        return DEADLINE_TIMERS.keySet().stream().flatMap(activity -> jobs(processInstanceId, activity).stream())
                .toList();
    }

    private List<Job> jobs(String processInstanceId, String activityId) {
        return managementService.createJobQuery().processInstanceId(processInstanceId).activityId(activityId)
                .timers().list();
    }

    public DeadlineSchedule.Basis basis(Map<String, Object> variables) {
        SlaPolicy.Rule rule = policy.rule((String) variables.get(CATEGORY), (String) variables.get(PRIORITY));
        Instant slaStart = schedule.instant(variables.get(SLA_START));
        Object acceptStart = variables.get(ACCEPT_START);
        return new DeadlineSchedule.Basis(rule, slaStart, acceptStart == null ? slaStart : schedule.instant(acceptStart),
                number(variables.get(PAUSED_MINUTES)), (int) number(variables.get(EXTENSION_DAYS)));
    }

    /**
     * Working days of extension already granted to the report: the current round's {@code extensionDays}, or 1 when
     * an extension was granted in an earlier round (a reopening starts a new deadline without the old extension).
     */
    public static int extensionsGranted(Map<String, Object> variables) {
        int days = (int) number(variables.get(ReportHandlingProcess.EXTENSION_DAYS));
        return days > 0 ? days : Boolean.TRUE.equals(variables.get(ReportHandlingProcess.EXTENSION_GRANTED)) ? 1 : 0;
    }
}
