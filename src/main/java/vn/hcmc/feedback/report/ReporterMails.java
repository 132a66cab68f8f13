package vn.hcmc.feedback.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import vn.hcmc.feedback.directory.UnitDirectory;
import vn.hcmc.feedback.notification.MailNotifier;
import vn.hcmc.feedback.notification.MailTemplates;
import vn.hcmc.feedback.notification.MailTemplates.MailText;

/**
 * Mails to the citizens behind a report, in each one's language, from the templates {@code mail/report-<event>.*}:
 * the reporter, and for events that concern everyone waiting on the problem also the reporters of the duplicates
 * that follow it. Anonymous reports (no e-mail) get nothing. Each mail is queued (MailNotifier) at most once per
 * report, event, round and recipient, so a retried job never sends it twice; a new round (a second information request, a second
 * reopening) is a new mail.
 */
@Service
public class ReporterMails {

    private final ReportRepository reports;
    private final ReportFollowerRepository followers;
    private final UnitDirectory directory;
    private final MailTemplates templates;
    private final MailNotifier notifier;
    private final String publicBaseUrl;

    /** The report's title as published (redacted), for the followers' mails; see {@link #valuesFor}. */
    public static final String PUBLIC_TITLE = "publicTitle";

    public ReporterMails(ReportRepository reports, ReportFollowerRepository followers, UnitDirectory directory,
                         MailTemplates templates, MailNotifier notifier,
                         @Value("${feedback.public-base-url}") String publicBaseUrl) {
        this.reports = reports;
        this.followers = followers;
        this.directory = directory;
        this.templates = templates;
        this.notifier = notifier;
        this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
    }

    /**
     * Queues the mail of {@code event} (template {@code report-<event>}) about the report.
     *
     * @param includeFollowers also to the reporters of duplicates following this report
     * @param round            distinguishes repeated events of one report (e.g. "1", "2"); part of the sent-marker key
     * @param values           extra template values; trackingCode, title, unitName and statusUrl are always given
     * @return how many mails were queued now (mails queued before are not counted)
     */
    public int send(long reportId, String event, String round, boolean includeFollowers, Map<String, ?> values) {
        Report report = reports.findById(reportId)
                .orElseThrow(() -> new IllegalArgumentException("No report " + reportId));
        List<Report> recipients = new ArrayList<>();
        recipients.add(report);
        if (includeFollowers) {
            followers.findByReportId(reportId).forEach(f ->
                    reports.findById(f.getFollowerReportId()).ifPresent(recipients::add));
        }
        int sent = 0;
        for (Report recipient : recipients) {
            String email = recipient.getReporterEmail();
            if (email == null || email.isBlank()) {
                continue;
            }
            MailText text = templates.render("report-" + event, recipient.getLanguage(),
                    valuesFor(report, recipient, values));
            String key = "report:" + report.getTrackingCode() + ":" + event + ":" + round + ":"
                    + email.toLowerCase();
            if (notifier.enqueue(key, email, text.subject(), text.body())) {
                sent++;
            }
        }
        return sent;
    }

    /**
     * The receipt, to the reporter only: with the private link ({@code privateUrl}, the report's page with its access
     * token) when the token still waits in {@link ReceiptLinks}, else the public page again (a receipt queued before).
     */
    public int sendReceipt(long reportId, String token) {
        Report report = reports.findById(reportId)
                .orElseThrow(() -> new IllegalArgumentException("No report " + reportId));
        String page = publicBaseUrl + "/reports/" + report.getTrackingCode();
        return send(reportId, "receipt", "1", false, Map.of("privateUrl", token == null ? page
                : page + "#token=" + token));
    }

    /**
     * The values of one recipient's mail. The reporter reads their own words; a follower (the reporter of a
     * duplicate) never reads the original's raw text: they read the original's published, redacted title
     * ({@link #PUBLIC_TITLE}) when the original is public, else their own report's words and code, so that a private
     * report is neither quoted nor named to them.
     */
    private Map<String, Object> valuesFor(Report report, Report recipient, Map<String, ?> extra) {
        Map<String, Object> values = new HashMap<>(extra);
        values.remove(PUBLIC_TITLE);
        boolean english = "en".equals(recipient.getLanguage());
        boolean follower = !recipient.getId().equals(report.getId());
        boolean originalShown = !follower || report.isPublicVisible();
        values.put("trackingCode", recipient.getTrackingCode());
        values.put("originalTrackingCode", originalShown ? report.getTrackingCode() : recipient.getTrackingCode());
        Object publicTitle = extra.get(PUBLIC_TITLE);
        values.put("title", !follower ? ownTitle(report)
                : originalShown && publicTitle != null ? publicTitle : ownTitle(recipient));
        values.put("unitName", report.getUnitCode() == null ? (english ? "not yet assigned" : "chưa phân công")
                : directory.unit(report.getUnitCode()).map(u -> english ? u.nameEn() : u.nameVi())
                        .orElse(report.getUnitCode()));
        values.put("statusUrl", publicBaseUrl + "/reports/" + recipient.getTrackingCode());  // the citizen page
        return values;
    }

    private static String ownTitle(Report report) {
        return report.getTitle() == null || report.getTitle().isBlank() ? abbreviate(report.getDescription())
                : report.getTitle();
    }

    /** The first 80 characters of a text, for a mail's quote of a report. */
    public static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
