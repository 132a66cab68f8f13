package vn.hcmc.feedback.adoption;

import static vn.hcmc.feedback.adoption.AdoptionProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Mails the campaign owner about a unit that missed two periods in a row (asynchronous, retried, sent once). */
@Component("escalateMissedReports")
public class EscalateMissedReports implements JavaDelegate {

    private final AdoptionMails mails;

    public EscalateMissedReports(AdoptionMails mails) {
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mails.sendEscalation((Long) execution.getVariable(CAMPAIGN_ID), (String) execution.getVariable(UNIT_CODE),
                ((Number) execution.getVariable(PERIOD_NO)).intValue());
    }
}
