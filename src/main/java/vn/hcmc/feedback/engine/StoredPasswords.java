package vn.hcmc.feedback.engine;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.digest.PasswordManager;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.springframework.stereotype.Component;

/**
 * Whether a user's stored password is a given one, without counting a login attempt. The public
 * {@code IdentityService.checkPassword} counts each miss as a failed login: the start-up check for demo passwords
 * ({@code security.DemoPasswordGuard}) would, start after start, lock the real administrator out. So this compares
 * with the stored salted hash itself, through the engine's {@code UserEntity} and {@code PasswordManager}.
 */
@Component
public class StoredPasswords {

    private final IdentityService identityService;
    private final ProcessEngineConfigurationImpl engineConfiguration;

    public StoredPasswords(IdentityService identityService, ProcessEngineConfigurationImpl engineConfiguration) {
        this.identityService = identityService;
        this.engineConfiguration = engineConfiguration;
    }

    /** False for an unknown user or one without a password. */
    public boolean isPassword(String userId, String password) {
        if (!(identityService.createUserQuery().userId(userId).singleResult() instanceof UserEntity user)
                || user.getPassword() == null) {
            return false;
        }
        PasswordManager passwords = engineConfiguration.getPasswordManager();
        return passwords.check(EncryptionUtil.saltPassword(password, user.getSalt()), user.getPassword());
    }
}
