package vn.hcmc.feedback.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server for tests that read the mails the application sends. Its port is the one the test profile
 * sends mail to: TEST_SMTP_PORT, default 3025. Business steps only queue mails: run their delivery jobs with
 * {@link MailDeliveries} before reading what arrived. Use as
 * {@code @RegisterExtension static GreenMailExtension mail = TestMail.server();}.
 */
public final class TestMail {

    public static final int PORT = Integer.parseInt(System.getenv().getOrDefault("TEST_SMTP_PORT", "3025"));

    public static GreenMailExtension server() {
        return new GreenMailExtension(new ServerSetup(PORT, "localhost", ServerSetup.PROTOCOL_SMTP))
                .withPerMethodLifecycle(false);
    }

    private TestMail() {
    }
}
