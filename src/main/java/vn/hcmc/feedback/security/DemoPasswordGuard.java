package vn.hcmc.feedback.security;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import vn.hcmc.feedback.directory.DemoOfficials;
import vn.hcmc.feedback.directory.Official;
import vn.hcmc.feedback.engine.StoredPasswords;

/**
 * Refuses a production start (the postgres profile) while demo logins would work: demo data switched on, or any
 * demo account, the demo administrator or the configured administrator still having a password equal to its id
 * (or demo's "demo"). FEEDBACK_ALLOW_DEMO_USERS=true lets a deliberate demo on PostgreSQL through.
 */
@Component
public class DemoPasswordGuard {

    static final String DEMO_ADMIN = "demo";

    private final StoredPasswords storedPasswords;
    private final DemoOfficials demoOfficials;
    private final Environment environment;
    private final boolean allowDemoUsers;
    private final boolean demoEnabled;
    private final String adminUserId;

    public DemoPasswordGuard(StoredPasswords storedPasswords, DemoOfficials demoOfficials, Environment environment,
                             @Value("${feedback.security.allow-demo-users}") boolean allowDemoUsers,
                             @Value("${feedback.demo.enabled}") boolean demoEnabled,
                             @Value("${camunda.bpm.admin-user.id:}") String adminUserId) {
        this.storedPasswords = storedPasswords;
        this.demoOfficials = demoOfficials;
        this.environment = environment;
        this.allowDemoUsers = allowDemoUsers;
        this.demoEnabled = demoEnabled;
        this.adminUserId = adminUserId;
    }

    /** Throws with instructions when demo logins are in the way of a production start. */
    public void check() {
        if (!environment.acceptsProfiles(Profiles.of("postgres")) || allowDemoUsers) {
            return;
        }
        if (demoEnabled) {
            throw new DemoPasswordsInUseException("Demo data is switched on (FEEDBACK_DEMO_DATA=true) with the "
                    + "postgres profile; its officials log in with their user id as password. Set "
                    + "FEEDBACK_DEMO_DATA=false for production, or FEEDBACK_ALLOW_DEMO_USERS=true for a demo on "
                    + "PostgreSQL.");
        }
        List<String> inUse = accountsWithDemoPasswords();
        if (!inUse.isEmpty()) {
            throw new DemoPasswordsInUseException("Demo passwords are still in use with the postgres profile for "
                    + inUse + ". Change these passwords (Camunda Admin, /camunda/app/admin/) or delete the "
                    + "accounts; for the administrator, set FEEDBACK_ADMIN_PASSWORD. For a demo on PostgreSQL "
                    + "only, set FEEDBACK_ALLOW_DEMO_USERS=true.");
        }
    }

    List<String> accountsWithDemoPasswords() {
        Set<String> candidates = new LinkedHashSet<>();
        candidates.add(DEMO_ADMIN);
        if (adminUserId != null && !adminUserId.isBlank()) {
            candidates.add(adminUserId);
        }
        demoOfficials.load().stream().map(Official::id).forEach(candidates::add);
        return candidates.stream().filter(this::hasDemoPassword).toList();
    }

    /** Without counting a failed login (see {@link StoredPasswords}). */
    private boolean hasDemoPassword(String userId) {
        return storedPasswords.isPassword(userId, userId)
                || (DEMO_ADMIN.equals(userId) && storedPasswords.isPassword(userId, "demo"));
    }

    public static class DemoPasswordsInUseException extends IllegalStateException {
        public DemoPasswordsInUseException(String message) {
            super(message);
        }
    }
}
