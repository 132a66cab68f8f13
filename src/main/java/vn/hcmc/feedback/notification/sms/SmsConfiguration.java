package vn.hcmc.feedback.notification.sms;

import java.net.URI;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Which {@link SmsSender} there is: the demo catcher ({@code feedback.sms.catcher.enabled}, default profile), else
 * the city's HTTP gateway when {@code feedback.sms.gateway-url} is set, else none.
 */
@Configuration(proxyBeanMethods = false)
class SmsConfiguration {

    @Bean
    @ConditionalOnProperty(name = "feedback.sms.catcher.enabled", havingValue = "true")
    SmsCatcher smsCatcher(Clock clock) {
        return new SmsCatcher(clock);
    }

    @Bean
    @ConditionalOnExpression("'${feedback.sms.catcher.enabled:false}' != 'true' and '${feedback.sms.gateway-url:}' != ''")
    HttpSmsGateway httpSmsGateway(@Value("${feedback.sms.gateway-url}") URI url,
                                  @Value("${feedback.sms.gateway-token:}") String token) {
        return new HttpSmsGateway(url, token);
    }
}
