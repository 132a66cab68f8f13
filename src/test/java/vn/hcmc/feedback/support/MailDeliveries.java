package vn.hcmc.feedback.support;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.hcmc.feedback.notification.process.MailDeliveryProcess;

/**
 * Business steps only queue mails; the tests' job executor is off, so a test that reads what was sent first runs
 * the delivery jobs ({@code mail-delivery}, activity Task_SendMail) of the mails it cares about, as the job executor
 * would. Scoped by a part of the dedup key (a tracking code, an e-mail address, {@code adoption:<id>:}), so mails
 * queued by other tests of the same database are left alone.
 */
public final class MailDeliveries {

    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final JdbcTemplate jdbc;

    public MailDeliveries(RuntimeService runtimeService, ManagementService managementService, JdbcTemplate jdbc) {
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.jdbc = jdbc;
    }

    /** Ids of the queued, unsent mails whose dedup key contains {@code keyPart}, oldest first. */
    public List<Long> pending(String keyPart) {
        String pattern = "%" + keyPart.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.queryForList("select id from notification where status = 'PENDING' and dedup_key like ? "
                + "escape '\\' order by id", Long.class, pattern);
    }

    /** The delivery job of a queued mail (Task_SendMail of its mail-delivery instance). */
    public Job job(long notificationId) {
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(MailDeliveryProcess.PROCESS_ID)
                .processInstanceBusinessKey(MailDeliveryProcess.businessKey(notificationId)).singleResult();
        if (instance == null) {
            throw new AssertionError("Mail " + notificationId + " is pending but has no mail-delivery instance");
        }
        return managementService.createJobQuery().processInstanceId(instance.getId())
                .activityId(MailDeliveryProcess.TASK_SEND_MAIL).singleResult();
    }

    /** Runs the delivery jobs of the pending mails whose dedup key contains {@code keyPart}; returns how many ran. */
    public int deliver(String keyPart) {
        List<Long> ids = pending(keyPart);
        for (Long id : ids) {
            managementService.executeJob(job(id).getId());
        }
        return ids.size();
    }
}
