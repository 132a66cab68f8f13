package vn.hcmc.feedback.adoption;

import static vn.hcmc.feedback.adoption.AdoptionProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Mails the unit's leaders their figures and the city's average (asynchronous, retried, sent once). */
@Component("sendProgressReminder")
public class SendProgressReminder implements JavaDelegate {

    private final AdoptionMails mails;

    public SendProgressReminder(AdoptionMails mails) {
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mails.sendReminder((Long) execution.getVariable(CAMPAIGN_ID), (String) execution.getVariable(UNIT_CODE),
                ((Number) execution.getVariable(PERIOD_NO)).intValue());
    }
}
