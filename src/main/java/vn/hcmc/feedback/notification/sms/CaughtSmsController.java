package vn.hcmc.feedback.notification.sms;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.hcmc.feedback.system.EngineClock;

/** Staff page of the demo SMS catcher, newest first; administrators only (SecurityConfig, {@code /staff/**}). */
@Controller
@ConditionalOnProperty(name = "feedback.sms.catcher.enabled", havingValue = "true")
class CaughtSmsController {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private final SmsCatcher catcher;

    CaughtSmsController(SmsCatcher catcher) {
        this.catcher = catcher;
    }

    record SmsRow(String shownAt, String isoAt, String phone, String text) {
    }

    @GetMapping("/staff/sms")
    String list(Model model) {
        List<SmsRow> rows = catcher.newestFirst().stream().map(m -> new SmsRow(
                SHOWN.format(m.sentAt().atZone(EngineClock.CITY_ZONE)), m.sentAt().toString(), m.phone(), m.text())).toList();
        model.addAttribute("messages", rows);
        return "notification/sms";
    }
}
