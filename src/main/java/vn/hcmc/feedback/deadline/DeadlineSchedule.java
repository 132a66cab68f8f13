package vn.hcmc.feedback.deadline;

import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Service;
import vn.hcmc.feedback.deadline.Deadlines;
import vn.hcmc.feedback.deadline.SlaPolicy;
import vn.hcmc.feedback.deadline.WorkingCalendar;

/**
 * Every deadline of a report, always computed from what is stored: the instant the clock started, the instant the
 * current unit received the report, the working time paused for information and the working days of an approved
 * extension. The first routing, a resumed pause, an extension and a holiday reload all use this one formula, so
 * a recomputation never drifts. Knows nothing of the engine.
 */
@Service
public class DeadlineSchedule {

    private final WorkingCalendar calendar;
    private final Deadlines deadlines;

    public DeadlineSchedule(Deadlines deadlines) {
        this.calendar = deadlines.calendar();
        this.deadlines = deadlines;
    }

    /** What a report's deadlines are computed from. */
    public record Basis(SlaPolicy.Rule rule, Instant slaStart, Instant acceptStart, long pausedMinutes,
                        int extensionDays) {
    }

    public record Schedule(Instant acceptDueAt, Instant answerDueAt, Instant reminderAt, Instant level2DueAt) {
    }

    public Schedule compute(Basis basis) {
        Instant answer = calendar.addPolicyDuration(basis.slaStart(), basis.rule().answerDeadline());
        answer = calendar.addWorkingTime(answer, Duration.ofMinutes(basis.pausedMinutes()));
        if (basis.extensionDays() > 0) {
            answer = calendar.addWorkingDays(answer, basis.extensionDays());
        }
        Instant reminder = calendar.fractionPoint(basis.slaStart(), answer, basis.rule().reminderFraction());
        Instant accept = calendar.addPolicyDuration(basis.acceptStart(), basis.rule().acceptDeadline());
        Instant level2 = deadlines.instant(deadlines.escalationLevel2At(answer));
        return new Schedule(accept, answer, reminder, level2);
    }

    /** When an unanswered information request closes the report (feedback.sla.information-wait after asking). */
    public Instant informationDueAt(Instant askedAt) {
        return deadlines.instant(deadlines.informationDueAt(askedAt));
    }

    /** Working minutes between two instants (the length of a pause). */
    public long workingMinutes(Instant from, Instant to) {
        return calendar.workingTimeBetween(from, to).toMinutes();
    }

    /**
     * Checks an extension request: at most once per report, and the extended deadline at most the policy's answer
     * time after the current one.
     *
     * @throws IllegalArgumentException with the reason, for the official
     */
    public Instant extendedDeadline(SlaPolicy.Rule rule, Instant currentAnswerDueAt, int alreadyExtendedDays,
                                    int workingDays) {
        if (alreadyExtendedDays > 0) {
            throw new IllegalArgumentException("This report was extended once already; a report is extended at most"
                    + " once. / Phản ánh đã được gia hạn một lần.");
        }
        if (workingDays < 1) {
            throw new IllegalArgumentException("workingDays must be at least 1.");
        }
        Instant extended = calendar.addWorkingDays(currentAnswerDueAt, workingDays);
        Instant latest = latestExtendedDeadline(rule, currentAnswerDueAt);
        if (extended.isAfter(latest)) {
            throw new IllegalArgumentException("An extension may add at most the policy's answer time ("
                    + rule.answerDeadline() + ") again: " + workingDays + " working days would end at "
                    + deadlines.format(extended) + ", after " + deadlines.format(latest) + ".");
        }
        return extended;
    }

    /** The latest answer deadline an extension may grant: the policy's answer time again, after the current one. */
    public Instant latestExtendedDeadline(SlaPolicy.Rule rule, Instant currentAnswerDueAt) {
        return calendar.addPolicyDuration(currentAnswerDueAt, rule.answerDeadline());
    }

    public String format(Instant instant) {
        return deadlines.format(instant);
    }

    public Instant instant(Object value) {
        return deadlines.instant(value);
    }
}
