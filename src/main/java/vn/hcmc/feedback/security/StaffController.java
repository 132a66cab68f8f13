package vn.hcmc.feedback.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.hcmc.feedback.directory.Unit;
import vn.hcmc.feedback.directory.UnitDirectory;

/** Who the logged-in official is: for the units' own systems to check their credentials and scope. */
@RestController
class StaffController {

    private final IdentityService identityService;
    private final UnitDirectory directory;

    StaffController(IdentityService identityService, UnitDirectory directory) {
        this.identityService = identityService;
        this.directory = directory;
    }

    @GetMapping("/api/staff/me")
    Me me(Authentication authentication) {
        String userId = authentication.getName();
        User user = identityService.createUserQuery().userId(userId).singleResult();
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).sorted().toList();
        List<String> units = directory.units().stream().map(Unit::code)
                .filter(code -> groups.contains(Unit.staffGroupOf(code))).toList();
        List<String> leads = directory.units().stream().map(Unit::code)
                .filter(code -> groups.contains(Unit.leadersGroupOf(code))).toList();
        return new Me(userId, user == null ? null : (user.getFirstName() + " " + user.getLastName()).trim(),
                units, leads, groups);
    }

    record Me(String userId, String name, List<String> units, List<String> leaderOf, List<String> groups) {
    }
}
