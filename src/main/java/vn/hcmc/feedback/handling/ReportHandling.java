package vn.hcmc.feedback.handling;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcmc.feedback.attachment.Attachments;
import vn.hcmc.feedback.attachment.InspectedFile;
import vn.hcmc.feedback.report.Report;
import vn.hcmc.feedback.report.ReportHistory;
import vn.hcmc.feedback.report.ReportRepository;
import vn.hcmc.feedback.report.ReporterMails;

/**
 * What each handling step does to the report: its status, its history, the citizen's mails and information.
 * Called by the thin delegates and listeners of the model and by the APIs; knows nothing of the engine.
 */
@Service
public class ReportHandling {

    public static final String MAIL_INFORMATION_REQUESTED = "information-requested";
    public static final String MAIL_CLOSED_NO_INFORMATION = "closed-no-information";

    private final ReportRepository reports;
    private final ReportHistory history;
    private final ReporterMails mails;
    private final ReportInformationRepository information;
    private final Attachments attachments;
    private final Clock clock;

    public ReportHandling(ReportRepository reports, ReportHistory history, ReporterMails mails,
                          ReportInformationRepository information, Attachments attachments, Clock clock) {
        this.reports = reports;
        this.history = history;
        this.mails = mails;
        this.information = information;
        this.attachments = attachments;
        this.clock = clock;
    }

    public Report report(long reportId) {
        return reports.findById(reportId).orElseThrow(() -> new IllegalStateException("No report " + reportId));
    }

    @Transactional
    public void accepted(long reportId, String official) {
        history.record(reportId, "accepted", official, null);
    }

    /** The unit's question: recorded at once; the clock pauses when it is sent ({@link #askCitizen}). */
    @Transactional
    public void informationRequested(long reportId, String official, String question) {
        history.record(reportId, "information-requested", official, question);
    }

    /** Pauses the report and sends the question to the citizen (once per round). */
    @Transactional
    public void askCitizen(long reportId, int round, String question, Instant askedAt, String dueAt) {
        report(reportId).awaitInformation(askedAt);
        if (information.findFirstByReportIdOrderByRoundDesc(reportId).filter(i -> i.getRound() == round).isEmpty()) {
            information.save(new ReportInformation(reportId, round, question, askedAt));
        }
        mails.send(reportId, MAIL_INFORMATION_REQUESTED, String.valueOf(round), false,
                Map.of("question", question, "dueAt", dueAt));
    }

    /** The citizen's answer and files, stored with the report; the report goes back to its unit. */
    @Transactional
    public ReportInformation informationReceived(long reportId, String text, List<InspectedFile> files) {
        Instant now = clock.instant();
        ReportInformation open = information.findFirstByReportIdOrderByRoundDesc(reportId)
                .filter(i -> !i.isAnswered())
                .orElseThrow(() -> new IllegalStateException("Report " + reportId + " has no open question"));
        open.answer(text, now);
        if (!files.isEmpty()) {
            attachments.store(reportId, files, now);
        }
        report(reportId).backToUnit(now);
        history.record(reportId, "information-received", ReportHistory.CITIZEN,
                files.isEmpty() ? null : files.size() + " file(s)");
        return open;
    }

    @Transactional
    public void transferred(long reportId, String official, String fromUnit, String toUnit, String reason,
                            boolean toTriageDesk) {
        if (toTriageDesk) {
            report(reportId).backToTriage(clock.instant());
        }
        history.record(reportId, "transferred", official, fromUnit + " → " + (toTriageDesk
                ? "triage-desk (third transfer; asked for " + toUnit + ")" : toUnit) + ": " + reason);
    }

    @Transactional
    public void extensionRequested(long reportId, String official, int workingDays, String reason) {
        history.record(reportId, "extension-requested", official, workingDays + " working day(s): " + reason);
    }

    @Transactional
    public void extensionDecided(long reportId, String leader, boolean approved, int workingDays, String comment) {
        history.record(reportId, approved ? "extension-approved" : "extension-refused", leader,
                workingDays + " working day(s)" + (comment == null ? "" : ": " + comment));
    }

    @Transactional
    public void extended(long reportId, String answerDueAt) {
        history.record(reportId, "deadline-moved", ReportHistory.SYSTEM, "answer due " + answerDueAt);
    }

    @Transactional
    public void informationResumed(long reportId, long pausedMinutes, String answerDueAt) {
        history.record(reportId, "deadline-moved", ReportHistory.SYSTEM,
                "paused " + pausedMinutes + " working minute(s) in total; answer due " + answerDueAt);
    }

    @Transactional
    public void reminded(long reportId, String group, int mails) {
        history.record(reportId, "reminded", ReportHistory.SYSTEM, group + " (" + mails + " mail(s))");
    }

    @Transactional
    public void acceptanceOverdue(long reportId, String group, int mails) {
        history.record(reportId, "acceptance-overdue", ReportHistory.SYSTEM, group + " (" + mails + " mail(s))");
    }

    @Transactional
    public void escalated(long reportId, int level, String group) {
        history.record(reportId, "escalated-level-" + level, ReportHistory.SYSTEM, group);
    }

    @Transactional
    public void escalationFollowedUp(long reportId, int level, String official, String note) {
        history.record(reportId, "escalation-followed-up", official, "level " + level
                + (note == null || note.isBlank() ? "" : ": " + note));
    }

    /** An escalation task closed by itself because the report left the deadline scope. */
    @Transactional
    public void escalationClosed(long reportId, int level, String outcome) {
        history.record(reportId, "escalation-closed", ReportHistory.SYSTEM, "level " + level + ": " + outcome);
    }

    @Transactional
    public void closeNoInformation(long reportId, int round) {
        Report report = report(reportId);
        if (report.getStatus() != vn.hcmc.feedback.report.ReportStatus.CLOSED) {
            report.close(clock.instant());
            history.record(reportId, "closed", ReportHistory.SYSTEM, "no-information");
        }
        mails.send(reportId, MAIL_CLOSED_NO_INFORMATION, String.valueOf(round), false, Map.of());
    }
}
