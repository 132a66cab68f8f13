package vn.hcmc.feedback.notification.catcher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Catcher off (the test profile, like postgres): no catcher, the real SMTP settings, and no page (404). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MailCatcherOffTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ApplicationContext context;

    @Test
    void withoutTheCatcherThePageIsNotThereAndMailGoesToSpringMailsServer() {
        assertThat(context.getBeanNamesForType(MailCatcher.class)).isEmpty();
        JavaMailSenderImpl sender = context.getBean(JavaMailSenderImpl.class);
        assertThat(sender.getHost()).isEqualTo(context.getEnvironment().getProperty("spring.mail.host"));
        assertThat(sender.getPort()).isEqualTo(context.getEnvironment().getProperty("spring.mail.port", Integer.class));
        assertThat(rest.withBasicAuth("demo", "demo").getForEntity("/staff/mails", String.class)
                .getStatusCode().value()).isEqualTo(404);
        assertThat(rest.withBasicAuth("demo", "demo").getForEntity("/staff/mails/1", String.class)
                .getStatusCode().value()).isEqualTo(404);
    }
}
