package vn.hcmc.feedback.adoption;

import static vn.hcmc.feedback.adoption.AdoptionProcess.*;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.hcmc.feedback.security.Actor;

/** On completion of "Propose commendations": stores the proposed units (the form's comma-separated codes). */
@Component("recordCommendationProposal")
public class RecordCommendationProposal implements TaskListener {

    private final Commendations commendations;
    private final IdentityService identityService;

    public RecordCommendationProposal(Commendations commendations, IdentityService identityService) {
        this.commendations = commendations;
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateTask task) {
        Object value = task.getVariable(UNIT_CODES);
        List<String> codes = value == null ? List.of() : Arrays.stream(value.toString().split("[,;\\s]+"))
                .filter(s -> !s.isBlank()).toList();
        commendations.recordProposal((Long) task.getVariable(CAMPAIGN_ID), codes, Actor.current(identityService));
    }
}
