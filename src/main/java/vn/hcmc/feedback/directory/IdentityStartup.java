package vn.hcmc.feedback.directory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.hcmc.feedback.security.DemoPasswordGuard;

/** At start: refuse demo logins in production, then sync units and officials into Camunda's identity. */
@Component
@Order(0)
class IdentityStartup implements ApplicationRunner {

    private final DemoPasswordGuard guard;
    private final IdentitySync identitySync;

    IdentityStartup(DemoPasswordGuard guard, IdentitySync identitySync) {
        this.guard = guard;
        this.identitySync = identitySync;
    }

    @Override
    public void run(ApplicationArguments args) {
        guard.check();
        identitySync.sync();
    }
}
