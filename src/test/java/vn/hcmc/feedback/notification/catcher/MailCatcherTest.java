package vn.hcmc.feedback.notification.catcher;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/** The catcher without Spring: a taken port is replaced by a free one, and caught mails read back decoded. */
class MailCatcherTest {

    @Test
    void aTakenPortIsReplacedByAFreeOneAndMailsReadBackNewestFirst() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            MailCatcher catcher = new MailCatcher("127.0.0.1", taken.getLocalPort());
            catcher.start();
            try {
                assertThat(catcher.port()).isPositive().isNotEqualTo(taken.getLocalPort());
                JavaMailSenderImpl sender = new JavaMailSenderImpl();
                sender.setHost(catcher.host());
                sender.setPort(catcher.port());
                for (String subject : new String[] {"Thư thứ nhất", "Thư thứ hai: Phường Bến Thành"}) {
                    MimeMessage message = sender.createMimeMessage();
                    MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
                    helper.setFrom("Cổng phản ánh <no-reply@feedback.local>");
                    helper.setTo("Người dân <dan@example.vn>");
                    helper.setSubject(subject);
                    helper.setText("Nội dung: " + subject + "\r\nDòng hai.\n");
                    sender.send(message);
                }
                assertThat(catcher.newestFirst()).extracting(MailCatcher.CaughtMail::subject)
                        .containsExactly("Thư thứ hai: Phường Bến Thành", "Thư thứ nhất");
                MailCatcher.CaughtMail first = catcher.mail(1).orElseThrow();
                assertThat(first.from()).isEqualTo("Cổng phản ánh <no-reply@feedback.local>");
                assertThat(first.to()).isEqualTo("Người dân <dan@example.vn>");
                assertThat(first.text()).startsWith("Nội dung: Thư thứ nhất\nDòng hai.").doesNotContain("\r");
                assertThat(catcher.mail(3)).isEmpty();
                assertThat(catcher.mail(0)).isEmpty();
            } finally {
                catcher.stop();
            }
        }
    }
}
