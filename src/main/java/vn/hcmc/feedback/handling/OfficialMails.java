package vn.hcmc.feedback.handling;

import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import vn.hcmc.feedback.notification.MailNotifier;
import vn.hcmc.feedback.notification.MailTemplates;
import vn.hcmc.feedback.security.Officials;

/**
 * Mails to the officials of a group about a report (templates {@code mail/official-<event>.vi.txt}), queued once
 * per report, event, round and recipient, so a retried job never sends one twice.
 */
@Service
public class OfficialMails {

    private final Officials officials;
    private final MailTemplates templates;
    private final MailNotifier notifier;
    private final String staffBaseUrl;

    public OfficialMails(Officials officials, MailTemplates templates, MailNotifier notifier,
                         @Value("${feedback.public-base-url}") String baseUrl) {
        this.officials = officials;
        this.templates = templates;
        this.notifier = notifier;
        this.staffBaseUrl = baseUrl.replaceAll("/+$", "");
    }

    /**
     * @return how many mails of this event and round are in the outbox, queued now or by an earlier attempt: what the
     *     history records is what the outbox guards, whichever attempt of a retried job wrote it
     */
    public int send(String group, String event, String trackingCode, String round, Map<String, ?> values) {
        Map<String, Object> all = new HashMap<>(values);
        all.put("trackingCode", trackingCode);
        all.put("group", group);
        all.put("reportUrl", staffBaseUrl + "/api/staff/reports/" + trackingCode);
        MailTemplates.MailText text = templates.render("official-" + event, MailTemplates.DEFAULT_LANGUAGE, all);
        int queued = 0;
        for (String email : officials.emailsOf(group)) {
            String key = "report:" + trackingCode + ":official-" + event + ":" + round + ":" + email.toLowerCase();
            if (notifier.enqueue(key, email, text.subject(), text.body()) || notifier.isQueued(key)) {
                queued++;
            }
        }
        return queued;
    }
}
