package vn.hcmc.feedback.notification.process;

/** Ids and variables of {@code processes/mail-delivery.bpmn}. */
public final class MailDeliveryProcess {

    public static final String PROCESS_ID = "mail-delivery";
    public static final String TASK_SEND_MAIL = "Task_SendMail";
    public static final String END = "EndEvent_MailSent";

    /** The external-task topic of {@link #TASK_SEND_MAIL}, fetched by {@link MailWorker}. */
    public static final String TOPIC = "mail";
    /** Extension properties of {@link #TASK_SEND_MAIL}: attempts in all before the incident, and the delay between. */
    public static final String PROPERTY_ATTEMPTS = "attempts";
    public static final String PROPERTY_RETRY_DELAY = "retryDelay";

    /** The outbox row (table notification) this instance delivers. */
    public static final String NOTIFICATION_ID = "notificationId";

    /** Short and unique: {@code mail-<notification id>}. */
    public static String businessKey(long notificationId) {
        return "mail-" + notificationId;
    }

    private MailDeliveryProcess() {
    }
}
