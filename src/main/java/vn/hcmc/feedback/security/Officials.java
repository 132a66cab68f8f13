package vn.hcmc.feedback.security;

import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.hcmc.feedback.system.Refusal;

/**
 * Who is calling the staff API, what groups they are in, and who is in a group (for mails). Staff endpoints check
 * membership here and answer 403 with a problem detail before anything changes.
 */
@Component
public class Officials {

    private final IdentityService identityService;

    public Officials(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** The logged-in official's user id. */
    public String currentUserId() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || authentication.getName() == null) {
            throw new Refusal(Refusal.Reason.UNAUTHENTICATED, "not-authenticated",
                    "Chưa đăng nhập / Not logged in", "Log in with your official account.");
        }
        return authentication.getName();
    }

    /** The logged-in official's Camunda groups. */
    public List<String> currentGroups() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return List.of();
        }
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith(CamundaIdentityAuthenticationProvider.GROUP_AUTHORITY_PREFIX))
                .map(a -> a.substring(CamundaIdentityAuthenticationProvider.GROUP_AUTHORITY_PREFIX.length()))
                .toList();
    }

    public boolean currentIsMemberOf(String groupId) {
        return currentGroups().contains(groupId);
    }

    /** 403 unless the logged-in official is in one of the groups. */
    public String requireAnyGroup(String action, String... groupIds) {
        String userId = currentUserId();
        List<String> groups = currentGroups();
        for (String groupId : groupIds) {
            if (groups.contains(groupId)) {
                return userId;
            }
        }
        throw Refusal.forbidden("not-allowed", userId + " may not " + action + ": this needs membership of "
                + String.join(" or ", groupIds) + ".");
    }

    public boolean isMember(String userId, String groupId) {
        return identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0;
    }

    /** The e-mail addresses of a group's members (those that have one). */
    public List<String> emailsOf(String groupId) {
        return identityService.createUserQuery().memberOfGroup(groupId).list().stream()
                .map(User::getEmail).filter(Objects::nonNull).filter(e -> !e.isBlank()).distinct().toList();
    }

    public String emailOf(String userId) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        return user == null ? null : user.getEmail();
    }
}
