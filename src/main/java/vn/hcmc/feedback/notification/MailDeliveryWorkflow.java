package vn.hcmc.feedback.notification;

/** Starts the delivery of a queued mail, in the caller's transaction (implemented by the engine side). */
public interface MailDeliveryWorkflow {

    void start(long notificationId);
}
