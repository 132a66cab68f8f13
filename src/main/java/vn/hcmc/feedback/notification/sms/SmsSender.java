package vn.hcmc.feedback.notification.sms;

/**
 * Sends one text message to a Vietnamese phone number (as {@code 0xxxxxxxxx}). There is one where the city set up an
 * SMS gateway ({@link HttpSmsGateway}) or in the demo profile ({@link SmsCatcher}); where there is none, nothing
 * that needs one (surveys with verified phones) can be created.
 */
public interface SmsSender {

    /** @throws NotSent when the message could not be handed over */
    void send(String phone, String text);

    /** The gateway refused or did not answer in time. */
    class NotSent extends RuntimeException {
        public NotSent(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
