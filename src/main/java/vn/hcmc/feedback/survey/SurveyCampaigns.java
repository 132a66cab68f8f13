package vn.hcmc.feedback.survey;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcmc.feedback.directory.CityGroups;
import vn.hcmc.feedback.security.Officials;
import vn.hcmc.feedback.system.Refusal;

/**
 * What officials do with surveys through the staff API, mirroring the Tasklist forms: each call checks who is
 * calling (403), the survey's state (409) and the input (400) before anything changes, then changes the survey
 * and drives its process in one transaction.
 */
@Service
@Transactional
public class SurveyCampaigns {

    private final SurveyService surveys;
    private final Officials officials;
    private final RuntimeService runtime;
    private final TaskService tasks;

    SurveyCampaigns(SurveyService surveys, Officials officials, RuntimeService runtime, TaskService tasks) {
        this.surveys = surveys;
        this.officials = officials;
        this.runtime = runtime;
        this.tasks = tasks;
    }

    /** Stores the design and starts its process: the approval task goes to the approvers. */
    public Survey submit(SurveyDesign design) {
        String owner = officials.requireAnyGroup("design surveys", CityGroups.CAMPAIGN_OWNERS);
        Survey survey = surveys.create(design, owner, officials.currentGroups());
        Map<String, Object> variables = new HashMap<>();
        variables.put(SurveyProcess.SURVEY_ID, survey.getId());
        variables.put(SurveyProcess.SURVEY_TITLE, survey.getTitleVi());
        variables.put(SurveyProcess.OWNER_ID, owner);
        variables.put(SurveyProcess.APPROVER_GROUP, survey.getApproverGroup());
        ProcessInstance instance = runtime.startProcessInstanceByKey(SurveyProcess.PROCESS_ID,
                SurveyProcess.businessKey(survey.getId()), variables);
        surveys.startedAs(survey.getId(), instance.getId());
        return survey;
    }

    /** The owner edits the design before approval; in revision this resubmits it to the approvers. */
    public Survey update(long id, SurveyDesign design) {
        Survey survey = owned(id, "edit");
        SurveyService.requireStatus(survey, "edit", SurveyStatus.AWAITING_APPROVAL, SurveyStatus.IN_REVISION);
        Task revise = survey.getStatus() == SurveyStatus.IN_REVISION ? task(survey, SurveyProcess.TASK_REVISE) : null;
        surveys.updateDesign(id, design);
        if (revise != null) {
            tasks.complete(revise.getId());
        }
        return survey;
    }

    public Survey decide(long id, boolean approved, String comment) {
        Survey survey = surveys.get(id);
        officials.requireAnyGroup("decide on survey " + id, survey.getApproverGroup());
        SurveyService.requireStatus(survey, "decide on", SurveyStatus.AWAITING_APPROVAL);
        Task approve = task(survey, SurveyProcess.TASK_APPROVE);
        if (!approved && (comment == null || comment.isBlank())) {
            throw Refusal.invalid("comment-required", "comment: say what to change when returning a survey.");
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(SurveyProcess.APPROVED, approved);
        variables.put(SurveyProcess.REVIEW_COMMENT, comment == null || comment.isBlank() ? null : comment.strip());
        tasks.complete(approve.getId(), variables);
        return survey;
    }

    /** Closes an open survey before its closing instant (a message to its process). */
    public Survey closeEarly(long id) {
        Survey survey = owned(id, "close");
        surveys.markClosedEarly(id);
        correlate(survey, SurveyProcess.MESSAGE_CLOSED_EARLY);
        return survey;
    }

    /** Moves the closing instant of an open survey, once; the closing timer is created anew for it. */
    public Survey extend(long id, Instant closesAt) {
        Survey survey = owned(id, "extend");
        surveys.extend(id, closesAt);
        runtime.setVariable(survey.getProcessInstanceId(), SurveyProcess.CLOSES_AT, Date.from(closesAt));
        correlate(survey, SurveyProcess.MESSAGE_CLOSING_EXTENDED);
        return survey;
    }

    /** The owner's conclusion on the reviewed results; publishes them. */
    public Survey publish(long id, String conclusion) {
        Survey survey = owned(id, "publish");
        SurveyService.requireStatus(survey, "publish", SurveyStatus.CLOSED);
        Task review = tasks.createTaskQuery().processInstanceId(survey.getProcessInstanceId())
                .taskDefinitionKey(SurveyProcess.TASK_REVIEW_RESULTS).singleResult();
        if (review == null) {
            throw Refusal.conflict("results-not-ready", "The results of survey " + id
                    + " are still being aggregated; publish once the review task is there.");
        }
        tasks.complete(review.getId(), Map.of(SurveyProcess.CONCLUSION, conclusion.strip()));
        return survey;
    }

    /** Staff who may read a survey: its owner, its approvers, city leaders and managers. */
    @Transactional(readOnly = true)
    public Survey readable(long id) {
        Survey survey = surveys.get(id);
        String user = officials.currentUserId();
        List<String> groups = officials.currentGroups();
        if (!user.equals(survey.getOwnerId()) && !groups.contains(survey.getApproverGroup())
                && !groups.contains(CityGroups.CITY_LEADERS) && !groups.contains(CityGroups.MANAGERS)) {
            throw Refusal.forbidden("not-allowed", user + " may not read survey " + id
                    + ": only its owner, its approvers, city leaders and managers may.");
        }
        return survey;
    }

    private Survey owned(long id, String action) {
        Survey survey = surveys.get(id);
        String user = officials.currentUserId();
        if (!user.equals(survey.getOwnerId())) {
            throw Refusal.forbidden("not-owner", user + " may not " + action + " survey " + id
                    + ": only its owner " + survey.getOwnerId() + " may.");
        }
        return survey;
    }

    private Task task(Survey survey, String taskKey) {
        Task task = tasks.createTaskQuery().processInstanceId(survey.getProcessInstanceId())
                .taskDefinitionKey(taskKey).singleResult();
        if (task == null) {
            throw Refusal.conflict("wrong-survey-state", "Survey " + survey.getId() + " has no open task "
                    + taskKey + ".");
        }
        return task;
    }

    private void correlate(Survey survey, String message) {
        try {
            runtime.createMessageCorrelation(message).processInstanceId(survey.getProcessInstanceId()).correlate();
        } catch (MismatchingMessageCorrelationException e) {
            throw Refusal.conflict("wrong-survey-state", "Survey " + survey.getId() + " is not waiting for "
                    + message + " now.");
        }
    }
}
