package vn.hcmc.feedback.adoption;

import static vn.hcmc.feedback.adoption.AdoptionProcess.*;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.hcmc.feedback.security.Actor;

/** On completion of "Propose commendations": stores the proposed units (the form's names or codes, one per line). */
@Component("recordCommendationProposal")
public class RecordCommendationProposal implements TaskListener {

    private final Commendations commendations;
    private final IdentityService identityService;
    private final AdoptionForms forms;

    public RecordCommendationProposal(Commendations commendations, IdentityService identityService,
                                      AdoptionForms forms) {
        this.commendations = commendations;
        this.identityService = identityService;
        this.forms = forms;
    }

    @Override
    public void notify(DelegateTask task) {
        Object value = task.getVariable(UNIT_CODES);
        List<String> codes = forms.unitCodesOf(value == null ? null : value.toString());
        commendations.recordProposal((Long) task.getVariable(CAMPAIGN_ID), codes, Actor.current(identityService));
    }
}
