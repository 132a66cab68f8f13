package vn.hcmc.feedback.support;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.hcmc.feedback.notification.process.MailDeliveryProcess;
import vn.hcmc.feedback.notification.process.MailWorker;

/**
 * Business steps only queue mails; the tests' mail worker is off (as the job executor), so a test that reads what
 * was sent first works on the deliveries ({@code mail-delivery}, external task Task_SendMail) of the mails it cares
 * about, as the mail worker's threads would. Scoped by a part of the dedup key (a tracking code, an e-mail address,
 * {@code adoption:<id>:}), so mails queued by other tests of the same database are left alone.
 */
public final class MailDeliveries {

    private final MailWorker worker;
    private final ExternalTaskService externalTasks;
    private final JdbcTemplate jdbc;

    public MailDeliveries(MailWorker worker, ExternalTaskService externalTasks, JdbcTemplate jdbc) {
        this.worker = worker;
        this.externalTasks = externalTasks;
        this.jdbc = jdbc;
    }

    /** Ids of the queued, unsent mails whose dedup key contains {@code keyPart}, oldest first. */
    public List<Long> pending(String keyPart) {
        String pattern = "%" + keyPart.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.queryForList("select id from notification where status = 'PENDING' and dedup_key like ? "
                + "escape '\\' order by id", Long.class, pattern);
    }

    /** The delivery task of a queued mail (Task_SendMail of its mail-delivery instance). */
    public ExternalTask task(long notificationId) {
        ProcessInstance instance = ProcessEngines.getDefaultProcessEngine().getRuntimeService()
                .createProcessInstanceQuery().processDefinitionKey(MailDeliveryProcess.PROCESS_ID)
                .processInstanceBusinessKey(MailDeliveryProcess.businessKey(notificationId)).singleResult();
        if (instance == null) {
            throw new AssertionError("Mail " + notificationId + " has no running mail-delivery instance");
        }
        ExternalTask task = externalTasks.createExternalTaskQuery().processInstanceId(instance.getId())
                .activityId(MailDeliveryProcess.TASK_SEND_MAIL).singleResult();
        if (task == null) {
            throw new AssertionError("Mail " + notificationId + " has no delivery task");
        }
        return task;
    }

    /** One attempt of the mail worker at this mail, which must be due (fetchable). */
    public MailWorker.Attempt attempt(long notificationId) {
        List<MailWorker.Attempt> attempts = worker.work(MailDeliveryProcess.businessKey(notificationId));
        if (attempts.size() != 1) {
            throw new AssertionError("Mail " + notificationId + " is not due for delivery (fetched "
                    + attempts.size() + ")");
        }
        return attempts.get(0);
    }

    /**
     * Attempts at this mail while the SMTP server is down until no attempt is left, moving the engine clock past each
     * retry delay (the caller resets it), and checks the incident of mail-delivery that is left; returns the attempts.
     */
    public int failUntilIncident(long notificationId) {
        for (int attempts = 1; ; attempts++) {
            MailWorker.Attempt attempt = attempt(notificationId);
            if (attempt.outcome() == MailWorker.Outcome.INCIDENT) {
                ExternalTask task = task(notificationId);
                if (task.getRetries() != 0 || externalTasks.createExternalTaskQuery().externalTaskId(task.getId())
                        .withRetriesLeft().count() != 0) {
                    throw new AssertionError("Mail " + notificationId + ": attempts left after the incident");
                }
                return attempts;
            }
            if (attempt.outcome() != MailWorker.Outcome.FAILED || !attempt.error().contains("Couldn't connect")) {
                throw new AssertionError("Mail " + notificationId + ": expected an SMTP failure, got " + attempt);
            }
            ClockUtil.setCurrentTime(new Date(task(notificationId).getLockExpirationTime().getTime() + 1000));
        }
    }

    /** What Cockpit's "retry" of a delivery's incident does: one more attempt. */
    public void retry(long notificationId) {
        externalTasks.setRetries(task(notificationId).getId(), 1);
    }

    /** Sends the pending mails whose dedup key contains {@code keyPart}; returns how many were sent. */
    public int deliver(String keyPart) {
        List<Long> ids = pending(keyPart);
        for (Long id : ids) {
            MailWorker.Attempt attempt = attempt(id);
            if (attempt.outcome() != MailWorker.Outcome.SENT) {
                throw new AssertionError("Mail " + id + " not sent: " + attempt);
            }
        }
        return ids.size();
    }
}
