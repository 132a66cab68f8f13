package vn.hcmc.feedback.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who completes a task: the Tasklist user (Camunda's authentication) or the staff API caller (Spring's); "system"
 * when neither is set (a timer or an asynchronous job). Used by the answer and adoption task listeners.
 */
public final class Actor {

    public static String current(IdentityService identityService) {
        Authentication camunda = identityService.getCurrentAuthentication();
        if (camunda != null && camunda.getUserId() != null) {
            return camunda.getUserId();
        }
        var spring = SecurityContextHolder.getContext().getAuthentication();
        if (spring != null && spring.isAuthenticated() && spring.getName() != null) {
            return spring.getName();
        }
        return "system";
    }

    private Actor() {
    }
}
