package vn.hcmc.feedback.handling;

import static vn.hcmc.feedback.report.process.CitizenReportProcess.reportId;
import static vn.hcmc.feedback.report.process.ReportHandlingProcess.*;
import static vn.hcmc.feedback.report.process.ReportHandlingProcess.informationRequests;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.hcmc.feedback.deadline.DeadlineSchedule;
import vn.hcmc.feedback.deadline.DeadlineTimers;
import vn.hcmc.feedback.report.process.ReportHandlingProcess;

/**
 * {@code ${requestInformation}} (asynchronous, retried): pauses the deadline timers, marks the report
 * AWAITING_INFORMATION and mails the question to the citizen. The round (informationRequests) is part of the mail's
 * sent-marker, so a retry never sends it twice and a second question is a new mail.
 */
@Component("requestInformation")
class RequestInformationDelegate implements JavaDelegate {

    private final ReportHandling handling;
    private final DeadlineTimers timers;
    private final DeadlineSchedule schedule;
    private final Clock clock;

    RequestInformationDelegate(ReportHandling handling, DeadlineTimers timers, DeadlineSchedule schedule,
                               Clock clock) {
        this.handling = handling;
        this.timers = timers;
        this.schedule = schedule;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int round = informationRequests(execution) + 1;
        Instant now = clock.instant();
        execution.setVariable(INFORMATION_REQUESTS, round);
        execution.setVariable(INFORMATION_ASKED_AT, Date.from(now));
        execution.setVariable(CLOCK_PAUSED, true);
        timers.pause(execution.getProcessInstanceId());
        handling.askCitizen(reportId(execution), round,
                (String) execution.getVariable(INFORMATION_QUESTION), now,
                schedule.format(schedule.informationDueAt(now)));
    }
}
