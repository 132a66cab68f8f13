package vn.hcmc.feedback.support;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.MapAssert;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * One report's process as a whole: the top-level {@code citizen-report} instance and the instances it calls
 * ({@code report-triage}, {@code report-handling}, {@code report-rating}), all with the tracking code as business
 * key. Assertions in the style of Camunda BPM Assert, over every instance of the report, so that a test states what
 * the report went through without knowing which called model holds an activity.
 */
public final class ReportProcess {

    public static final String TOP_LEVEL = "citizen-report";

    private final ProcessEngine engine;
    private final String trackingCode;
    private String description = "";

    private ReportProcess(ProcessEngine engine, String trackingCode) {
        this.engine = engine;
        this.trackingCode = trackingCode;
    }

    public static ReportProcess of(ProcessEngine engine, String trackingCode) {
        ReportProcess report = new ReportProcess(engine, trackingCode);
        Assertions.assertThat(report.history()).as("instances of report %s", trackingCode).isNotEmpty();
        return report;
    }

    /** Lets a test keep the {@code Assertions.assertThat(instance).isWaitingAt(...)} style of Camunda BPM Assert. */
    public static ReportProcess assertThat(ReportProcess report) {
        return report;
    }

    /** The single open task of the report. */
    public static Task task(ReportProcess report) {
        List<Task> tasks = report.taskService().createTaskQuery().processInstanceBusinessKey(report.trackingCode)
                .list();
        Assertions.assertThat(tasks).as("open tasks of %s", report.trackingCode).hasSizeLessThanOrEqualTo(1);
        return tasks.isEmpty() ? null : tasks.get(0);
    }

    /** The report's open task of that definition key, or null. */
    public static Task task(String taskDefinitionKey, ReportProcess report) {
        return report.task(taskDefinitionKey);
    }

    public String trackingCode() {
        return trackingCode;
    }

    public ReportProcess as(String description, Object... args) {
        this.description = String.format(description, args) + ": ";
        return this;
    }

    /** The top-level instance (running or ended). */
    public ProcessInstance top() {
        List<ProcessInstance> running = running().stream()
                .filter(i -> i.getProcessDefinitionId().startsWith(TOP_LEVEL + ":")).toList();
        return running.isEmpty() ? null : running.get(0);
    }

    /** The instance the report is in now: the running called instance, else the running top-level one. */
    public ProcessInstance current() {
        List<ProcessInstance> running = running();
        Assertions.assertThat(running).as(description + "running instances of %s", trackingCode).isNotEmpty();
        return running.stream().filter(i -> !i.getProcessDefinitionId().startsWith(TOP_LEVEL + ":")).findFirst()
                .orElse(running.get(0));
    }

    public ReportProcess isWaitingAt(String... activityIds) {
        Set<String> active = activeActivityIds();
        for (String id : activityIds) {
            Assertions.assertThat(active).as(description + "%s waits at %s", trackingCode, id).contains(id);
        }
        return this;
    }

    public ReportProcess isNotWaitingAt(String... activityIds) {
        Set<String> active = activeActivityIds();
        for (String id : activityIds) {
            Assertions.assertThat(active).as(description + "%s does not wait at %s", trackingCode, id).doesNotContain(id);
        }
        return this;
    }

    public ReportProcess hasPassed(String... activityIds) {
        Set<String> passed = passedActivityIds();
        for (String id : activityIds) {
            Assertions.assertThat(passed).as(description + "%s has passed %s", trackingCode, id).contains(id);
        }
        return this;
    }

    public ReportProcess hasNotPassed(String... activityIds) {
        Set<String> passed = passedActivityIds();
        for (String id : activityIds) {
            Assertions.assertThat(passed).as(description + "%s has not passed %s", trackingCode, id).doesNotContain(id);
        }
        return this;
    }

    public ReportProcess isEnded() {
        Assertions.assertThat(running()).as(description + "%s has ended", trackingCode).isEmpty();
        return this;
    }

    public ReportProcess isNotEnded() {
        Assertions.assertThat(running()).as(description + "%s is running", trackingCode).isNotEmpty();
        return this;
    }

    /** The variables the report's running activities see: the top-level's, overridden by the called instance's. */
    public MapAssert<String, Object> variables() {
        return Assertions.assertThat(variableMap()).as(description + "variables of %s", trackingCode);
    }

    public Map<String, Object> variableMap() {
        Map<String, Object> variables = new HashMap<>();
        ProcessInstance top = top();
        if (top != null) {
            variables.putAll(runtimeService().getVariables(top.getId()));
        }
        for (ProcessInstance instance : running()) {
            if (top == null || !instance.getId().equals(top.getId())) {
                variables.putAll(runtimeService().getVariables(instance.getId()));
            }
        }
        return variables;
    }

    /** A variable as the report's running activities see it (see {@link #variableMap()}). */
    public Object variable(String name) {
        return variableMap().get(name);
    }

    public Task task(String taskDefinitionKey) {
        return taskService().createTaskQuery().processInstanceBusinessKey(trackingCode)
                .taskDefinitionKey(taskDefinitionKey).singleResult();
    }

    public List<Job> jobs(String activityId) {
        List<Job> jobs = new ArrayList<>();
        for (ProcessInstance instance : running()) {
            jobs.addAll(managementService().createJobQuery().processInstanceId(instance.getId())
                    .activityId(activityId).list());
        }
        return jobs;
    }

    public Job job(String activityId) {
        List<Job> jobs = jobs(activityId);
        Assertions.assertThat(jobs).as(description + "job of %s in %s", activityId, trackingCode).hasSize(1);
        return jobs.get(0);
    }

    public boolean hasJob(String activityId) {
        return !jobs(activityId).isEmpty();
    }

    public void execute(String activityId) {
        managementService().executeJob(job(activityId).getId());
    }

    /** The running instances of the report, the top-level first, then the called ones by start. */
    public List<ProcessInstance> running() {
        return runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(trackingCode).list().stream()
                .sorted(Comparator.comparing((ProcessInstance i) -> !i.getProcessDefinitionId()
                        .startsWith(TOP_LEVEL + ":")).thenComparing(i -> startTime(i.getId())))
                .toList();
    }

    private java.util.Date startTime(String processInstanceId) {
        HistoricProcessInstance h = historyService().createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        return h == null ? new java.util.Date(0) : h.getStartTime();
    }

    private List<HistoricProcessInstance> history() {
        return historyService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(trackingCode).list();
    }

    private Set<String> activeActivityIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (ProcessInstance instance : running()) {
            collect(runtimeService().getActivityInstance(instance.getId()), ids);
        }
        return ids;
    }

    private static void collect(ActivityInstance activity, Set<String> ids) {
        if (activity == null) {
            return;
        }
        for (ActivityInstance child : activity.getChildActivityInstances()) {
            ids.add(child.getActivityId());
            collect(child, ids);
        }
        for (TransitionInstance transition : activity.getChildTransitionInstances()) {
            ids.add(transition.getActivityId());
        }
    }

    private Set<String> passedActivityIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (HistoricProcessInstance instance : history()) {
            historyService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).finished()
                    .list().forEach(a -> ids.add(a.getActivityId()));
        }
        return ids;
    }

    private RuntimeService runtimeService() {
        return engine.getRuntimeService();
    }

    private TaskService taskService() {
        return engine.getTaskService();
    }

    private ManagementService managementService() {
        return engine.getManagementService();
    }

    private HistoryService historyService() {
        return engine.getHistoryService();
    }
}
