package vn.hcmc.feedback.notification.catcher;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Staff page of the demo mail catcher: what the city would have sent, newest first, and one mail as plain text.
 * Only there while the catcher is on (404 otherwise); administrators only (SecurityConfig, {@code /staff/**}).
 */
@Controller
@ConditionalOnProperty(name = "feedback.mail.catcher.enabled", havingValue = "true")
class CaughtMailController {

    static final ZoneId CITY_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
    /** The list shows at most this many; older mails stay in the catcher until it restarts. */
    static final int LIST_LIMIT = 500;

    private final MailCatcher catcher;

    CaughtMailController(MailCatcher catcher) {
        this.catcher = catcher;
    }

    /** A mail as the page shows it: time in Ho Chi Minh City. */
    record MailRow(int number, String shownAt, String isoAt, String from, String to, String subject, String text) {
        static MailRow of(MailCatcher.CaughtMail mail) {
            return new MailRow(mail.number(), SHOWN.format(mail.receivedAt().atZone(CITY_ZONE)),
                    mail.receivedAt().toString(), mail.from(), mail.to(), mail.subject(), mail.text());
        }
    }

    @GetMapping("/staff/mails")
    String list(Model model) {
        List<MailCatcher.CaughtMail> all = catcher.newestFirst();
        model.addAttribute("total", all.size());
        model.addAttribute("mails", all.stream().limit(LIST_LIMIT).map(MailRow::of).toList());
        model.addAttribute("limit", LIST_LIMIT);
        return "notification/mails";
    }

    @GetMapping("/staff/mails/{number}")
    String mail(@PathVariable int number, Model model) {
        MailCatcher.CaughtMail mail = catcher.mail(number).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "No caught mail " + number));
        model.addAttribute("mail", MailRow.of(mail));
        return "notification/mail";
    }
}
