package vn.hcmc.feedback.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A mail server that accepts the connection and never answers no longer holds a job thread (issue 16, finding 10):
 * every SMTP wait is bounded, well under the time a node holds its jobs, and a send to such a server fails (the mail
 * job is then retried) instead of hanging.
 */
@SpringBootTest
class MailServerTimeoutTest {

    @Autowired
    JavaMailSenderImpl mailSender;
    @Autowired
    CamundaBpmProperties camunda;

    @Test
    void everySmtpWaitIsBoundedWellUnderTheJobLockTime() {
        Properties smtp = mailSender.getJavaMailProperties();
        // the job executor's setting (the test profile runs jobs by hand, with no executor to read it from)
        long lockTime = camunda.getJobExecution().getLockTimeInMillis();
        assertThat(lockTime).as("job lock time").isEqualTo(120_000);
        for (String timeout : List.of("mail.smtp.connectiontimeout", "mail.smtp.timeout", "mail.smtp.writetimeout")) {
            assertThat(smtp.getProperty(timeout)).as(timeout).isNotNull();
            assertThat(Long.parseLong(smtp.getProperty(timeout))).as(timeout).isPositive().isLessThan(lockTime / 4);
        }
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // without SMTP timeouts the send would hang
    void aServerThatNeverAnswersFailsTheSendInsteadOfHangingIt() throws Exception {
        try (ServerSocket silent = new ServerSocket(0)) {
            List<Socket> accepted = new ArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        accepted.add(silent.accept()); // accepts, never writes the SMTP greeting
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();

            JavaMailSenderImpl toSilentServer = new JavaMailSenderImpl();
            toSilentServer.setHost("127.0.0.1");
            toSilentServer.setPort(silent.getLocalPort());
            Properties properties = new Properties();
            properties.putAll(mailSender.getJavaMailProperties());
            properties.setProperty("mail.smtp.timeout", "1000"); // the configured read timeout, shortened
            toSilentServer.setJavaMailProperties(properties);

            SimpleMailMessage mail = new SimpleMailMessage();
            mail.setFrom("noreply@tphcm.gov.vn");
            mail.setTo("citizen@example.vn");
            mail.setSubject("Thử / test");
            mail.setText("Thử / test");
            assertThatThrownBy(() -> toSilentServer.send(mail)).isInstanceOf(MailSendException.class)
                    .hasStackTraceContaining("Read timed out");
            assertThat(accepted).as("the server did accept the connection").isNotEmpty();
            for (Socket socket : accepted) {
                socket.close();
            }
        }
    }
}
