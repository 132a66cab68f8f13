package vn.hcmc.feedback.handling;

import static vn.hcmc.feedback.report.process.ReportHandlingProcess.ANSWER_DUE_AT;
import static vn.hcmc.feedback.report.process.ReportHandlingProcess.EXTENSION_WORKING_DAYS;
import static vn.hcmc.feedback.report.process.ReportHandlingProcess.FIELD_ACTION;
import static vn.hcmc.feedback.report.process.ReportHandlingProcess.FIELD_APPROVED;
import static vn.hcmc.feedback.report.process.ReportHandlingProcess.FIELD_COMMENT;
import static vn.hcmc.feedback.report.process.ReportHandlingProcess.FIELD_QUESTION;
import static vn.hcmc.feedback.report.process.ReportHandlingProcess.FIELD_REASON;
import static vn.hcmc.feedback.report.process.ReportHandlingProcess.FIELD_TRANSFER_UNIT;
import static vn.hcmc.feedback.report.process.ReportHandlingProcess.FIELD_WORKING_DAYS;
import static vn.hcmc.feedback.report.process.ReportHandlingProcess.TRANSFERS;
import static vn.hcmc.feedback.report.process.ReportHandlingProcess.number;
import static vn.hcmc.feedback.report.process.ReportTriageProcess.CATEGORY;
import static vn.hcmc.feedback.report.process.ReportTriageProcess.PRIORITY;

import java.util.Map;
import org.springframework.stereotype.Service;
import vn.hcmc.feedback.deadline.DeadlineSchedule;
import vn.hcmc.feedback.deadline.DeadlineTimers;
import vn.hcmc.feedback.deadline.SlaPolicy;
import vn.hcmc.feedback.system.Refusal;

/**
 * The one place where a unit's choice on its handling task and a leader's decision on an extension are checked and
 * recorded, whether they come from the Tasklist form or from the staff API (which completes the same task): the
 * tasks' complete listeners call it with the task's values and set the process variables from what it returns. A
 * refusal is a {@link Refusal}: 400 through the API, the form's error in Tasklist, and nothing is stored.
 */
@Service
public class HandlingDecisions {

    private final HandlingRules rules;
    private final ReportHandling handling;
    private final SlaPolicy policy;
    private final DeadlineSchedule schedule;

    public HandlingDecisions(HandlingRules rules, ReportHandling handling, SlaPolicy policy,
                             DeadlineSchedule schedule) {
        this.rules = rules;
        this.handling = handling;
        this.policy = policy;
        this.schedule = schedule;
    }

    /** A recorded choice, and the report's count of transfers after it. */
    public record Recorded(HandlingRules.Decision decision, int transfers) {
    }

    /**
     * Checks and records the unit's choice. {@code values} are the task's: its form fields and the report's
     * variables (category, priority, answerDueAt, extension state, transfers).
     */
    public Recorded handle(long reportId, String unitCode, String official, Map<String, Object> values) {
        HandlingRules.Decision decision;
        try {
            decision = rules.check(string(values.get(FIELD_ACTION)), string(values.get(FIELD_QUESTION)),
                    string(values.get(FIELD_TRANSFER_UNIT)), string(values.get(FIELD_REASON)),
                    values.get(FIELD_WORKING_DAYS), unitCode);
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("invalid-handling-action", e.getMessage());
        }
        int transfers = (int) number(values.get(TRANSFERS));
        switch (decision.action()) {
            case HandlingRules.ANSWER -> {
                // the answer feature (recordAnswerProposal or the staff API) stored the version, moved the report
                // to ANSWER_IN_APPROVAL and recorded answer-proposed
            }
            case HandlingRules.INFORMATION -> handling.informationRequested(reportId, official, decision.question());
            case HandlingRules.TRANSFER -> {
                transfers++;
                handling.transferred(reportId, official, unitCode, decision.unitCode(), decision.reason(),
                        transfers >= 3);
            }
            case HandlingRules.EXTENSION -> {
                checkExtensionLimits(values, decision.workingDays());
                handling.extensionRequested(reportId, official, decision.workingDays(), decision.reason());
            }
            default -> throw new IllegalStateException(decision.action());
        }
        return new Recorded(decision, transfers);
    }

    /** Checks and records a leader's decision on the pending extension. */
    public HandlingRules.ExtensionDecision decideExtension(long reportId, String leader, Map<String, Object> values) {
        HandlingRules.ExtensionDecision decision;
        try {
            decision = rules.checkExtensionDecision(values.get(FIELD_APPROVED), string(values.get(FIELD_COMMENT)));
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("invalid-extension-decision", e.getMessage());
        }
        handling.extensionDecided(reportId, leader, decision.approved(),
                (int) number(values.get(EXTENSION_WORKING_DAYS)), decision.comment());
        return decision;
    }

    /** Once per report, and by at most the policy's answer time. */
    private void checkExtensionLimits(Map<String, Object> values, int workingDays) {
        int granted = DeadlineTimers.extensionsGranted(values);
        try {
            schedule.extendedDeadline(policy.rule((String) values.get(CATEGORY), (String) values.get(PRIORITY)),
                    schedule.instant(values.get(ANSWER_DUE_AT)), granted, workingDays);
        } catch (IllegalArgumentException e) {
            throw granted > 0 ? Refusal.conflict("already-extended", e.getMessage())
                    : Refusal.invalid("extension-too-long", e.getMessage());
        }
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }
}
