package vn.hcmc.feedback.notification.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The city's SMS gateway over HTTP, against a real HTTP server; and which sender a configuration gets. */
class HttpSmsGatewayTest {

    HttpServer server;
    final List<String> bodies = new ArrayList<>();
    final List<String> authorizations = new ArrayList<>();
    final AtomicInteger status = new AtomicInteger(202);

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/sms", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)
                    + " " + exchange.getRequestHeaders().getFirst("Content-Type"));
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            exchange.sendResponseHeaders(status.get(), -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/sms");
    }

    @Test
    void postsTheNumberAndTheTextAsJsonWithTheToken() {
        new HttpSmsGateway(url(), "secret-token").send("0912345678", "Ma xac minh: 123456");
        assertThat(bodies).singleElement().satisfies(b -> assertThat(b)
                .contains("\"to\":\"0912345678\"", "\"text\":\"Ma xac minh: 123456\"", "application/json"));
        assertThat(authorizations).containsExactly("Bearer secret-token");

        new HttpSmsGateway(url(), "").send("0912345678", "x");
        assertThat(authorizations).last().isEqualTo("null");
    }

    @Test
    void aRefusalOfTheGatewayIsNotSent() {
        status.set(500);
        assertThatThrownBy(() -> new HttpSmsGateway(url(), null).send("0912345678", "x"))
                .isInstanceOf(SmsSender.NotSent.class).hasMessageContaining("500");
        server.stop(0);
        assertThatThrownBy(() -> new HttpSmsGateway(url(), null).send("0912345678", "x"))
                .as("nobody listening").isInstanceOf(SmsSender.NotSent.class);
    }

    @Test
    void theDemoCatcherWinsTheGatewayTakesOverWithoutItAndWithNeitherThereIsNoSender() {
        ApplicationContextRunner runner = new ApplicationContextRunner()
                .withBean(Clock.class, Clock::systemUTC).withUserConfiguration(SmsConfiguration.class);
        runner.withPropertyValues("feedback.sms.catcher.enabled=true", "feedback.sms.gateway-url=" + url())
                .run(context -> assertThat(context.getBeansOfType(SmsSender.class).values())
                        .singleElement().isInstanceOf(SmsCatcher.class));
        runner.withPropertyValues("feedback.sms.catcher.enabled=false", "feedback.sms.gateway-url=" + url())
                .run(context -> assertThat(context.getBeansOfType(SmsSender.class).values())
                        .singleElement().isInstanceOf(HttpSmsGateway.class));
        runner.withPropertyValues("feedback.sms.catcher.enabled=false", "feedback.sms.gateway-url=")
                .run(context -> assertThat(context.getBeansOfType(SmsSender.class)).isEmpty());
    }
}
