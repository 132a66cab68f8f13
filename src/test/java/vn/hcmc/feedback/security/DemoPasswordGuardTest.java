package vn.hcmc.feedback.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.env.MockEnvironment;
import vn.hcmc.feedback.directory.DemoOfficials;
import vn.hcmc.feedback.engine.StoredPasswords;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoPasswordGuardTest {

    @Autowired
    IdentityService identityService;
    @Autowired
    DemoOfficials demoOfficials;
    @Autowired
    StoredPasswords storedPasswords;

    @Test
    void productionStartIsRefusedWhileDemoPasswordsWork() {
        assertThatThrownBy(() -> guard("postgres", false, false).check())
                .isInstanceOf(DemoPasswordGuard.DemoPasswordsInUseException.class)
                .hasMessageContaining("ben-thanh-staff")
                .hasMessageContaining("demo")
                .hasMessageContaining("FEEDBACK_ALLOW_DEMO_USERS=true");
    }

    @Test
    void productionStartIsRefusedWithDemoDataSwitchedOn() {
        assertThatThrownBy(() -> guard("postgres", false, true).check())
                .hasMessageContaining("FEEDBACK_DEMO_DATA=false");
    }

    @Test
    void explicitPermissionOrDefaultProfileLetsDemoLoginsThrough() {
        assertThatCode(() -> guard("postgres", true, true).check()).doesNotThrowAnyException();
        assertThatCode(() -> guard("default", false, true).check()).doesNotThrowAnyException();
    }

    @Test
    void changedPasswordsSatisfyTheGuard() {
        DemoPasswordGuard guard = guard("postgres", false, false);
        assertThat(guard.accountsWithDemoPasswords()).contains("demo", "ben-thanh-staff", "manager");

        User probe = identityService.newUser("guard-probe");
        probe.setPassword("guard-probe");
        identityService.saveUser(probe);
        try {
            DemoPasswordGuard probeAdmin = new DemoPasswordGuard(storedPasswords, demoOfficials,
                    env("postgres"), false, false, "guard-probe");
            assertThat(probeAdmin.accountsWithDemoPasswords()).contains("guard-probe");

            probe = identityService.createUserQuery().userId("guard-probe").singleResult();
            probe.setPassword("a strong secret 7f3a");
            identityService.saveUser(probe);
            assertThat(probeAdmin.accountsWithDemoPasswords()).doesNotContain("guard-probe");
            assertThat(identityService.checkPassword("guard-probe", "a strong secret 7f3a"))
                    .as("the guard's checks never lock an account").isTrue();
        } finally {
            identityService.deleteUser("guard-probe");
        }
    }

    private DemoPasswordGuard guard(String profile, boolean allow, boolean demoEnabled) {
        return new DemoPasswordGuard(storedPasswords, demoOfficials, env(profile), allow, demoEnabled, "demo");
    }

    private static MockEnvironment env(String profile) {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles(profile);
        return environment;
    }
}
