package vn.hcmc.feedback.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hcmc.feedback.notification.MailTemplates.MailText;

class MailTemplatesTest {

    private final MailTemplates templates = new MailTemplates();
    private final Map<String, String> values = Map.of("trackingCode", "PA-26-7K3F9Q", "title", "Ổ gà",
            "statusUrl", "https://x/api/reports/PA-26-7K3F9Q", "privateUrl", "https://x/reports/PA-26-7K3F9Q#token=t");

    @Test
    void rendersTheSubjectAndBodyInTheReportersLanguage() {
        MailText vi = templates.render("report-receipt", "vi", values);
        assertThat(vi.subject()).isEqualTo("Đã tiếp nhận phản ánh PA-26-7K3F9Q");
        assertThat(vi.body()).contains("\"Ổ gà\"").contains("https://x/api/reports/PA-26-7K3F9Q")
                .contains("Liên kết riêng", "https://x/reports/PA-26-7K3F9Q#token=t")
                .doesNotContain("{{").doesNotContain("Subject:");

        MailText en = templates.render("report-receipt", "en", values);
        assertThat(en.subject()).isEqualTo("Report PA-26-7K3F9Q received");
    }

    @Test
    void aLanguageWithoutItsOwnTemplateGetsVietnamese() {
        assertThat(templates.render("report-receipt", "fr", values).subject())
                .isEqualTo("Đã tiếp nhận phản ánh PA-26-7K3F9Q");
    }

    @Test
    void aMissingValueOrTemplateIsAnError() {
        assertThatThrownBy(() -> templates.render("report-receipt", "vi", Map.of("trackingCode", "X")))
                .hasMessageContaining("{{");
        assertThatThrownBy(() -> templates.render("no-such-mail", "vi", values))
                .hasMessageContaining("missing");
    }
}
