package vn.hcmc.feedback.notification.catcher;

import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * With {@code feedback.mail.catcher.enabled=true} (the default, demo profile) the application brings its own SMTP
 * server, the {@link MailCatcher}, and sends every mail to it: this sender replaces Spring Boot's, whatever
 * {@code spring.mail.*} says. The postgres profile turns the catcher off and sends to the real server of
 * {@code spring.mail.host}/{@code port}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "feedback.mail.catcher.enabled", havingValue = "true")
class MailCatcherConfiguration {

    @Bean(initMethod = "start", destroyMethod = "stop")
    MailCatcher mailCatcher(@Value("${feedback.mail.catcher.bind-address:127.0.0.1}") String bindAddress,
                            @Value("${feedback.mail.catcher.port:2525}") int port) {
        return new MailCatcher(bindAddress, port);
    }

    @Bean
    JavaMailSenderImpl mailSender(MailCatcher catcher) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(catcher.host());
        sender.setPort(catcher.port());
        sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
        return sender;
    }
}
