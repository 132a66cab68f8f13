package vn.hcmc.feedback.adoption;

import static vn.hcmc.feedback.adoption.AdoptionProcess.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.hcmc.feedback.security.Actor;

/** On completion of "Approve commendations": stores the decision; a refusal needs a comment. */
@Component("recordCommendationDecision")
public class RecordCommendationDecision implements TaskListener {

    private final Commendations commendations;
    private final IdentityService identityService;

    public RecordCommendationDecision(Commendations commendations, IdentityService identityService) {
        this.commendations = commendations;
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateTask task) {
        Object approved = task.getVariable(APPROVED);
        commendations.recordDecision((Long) task.getVariable(CAMPAIGN_ID),
                approved instanceof Boolean b ? b : null, (String) task.getVariable(COMMENT),
                Actor.current(identityService));
    }
}
