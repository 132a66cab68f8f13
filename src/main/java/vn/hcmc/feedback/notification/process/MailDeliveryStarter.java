package vn.hcmc.feedback.notification.process;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import vn.hcmc.feedback.notification.MailDeliveryWorkflow;

/**
 * Starts {@code mail-delivery} for a queued mail, in the caller's transaction (business key {@code mail-<id>}). Its
 * only task is asynchronous, so the start writes the instance and one job and sends nothing: the caller's
 * transaction never waits for, nor fails with, the SMTP server.
 */
@Component
class MailDeliveryStarter implements MailDeliveryWorkflow {

    private final RuntimeService runtimeService;

    MailDeliveryStarter(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @Override
    public void start(long notificationId) {
        runtimeService.startProcessInstanceByKey(MailDeliveryProcess.PROCESS_ID,
                MailDeliveryProcess.businessKey(notificationId),
                Map.of(MailDeliveryProcess.NOTIFICATION_ID, notificationId));
    }
}
