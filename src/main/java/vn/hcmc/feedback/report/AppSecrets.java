package vn.hcmc.feedback.report;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Installation secrets, generated once and stored in the database so every node uses the same one. A secret
 * never changes after it is created, so the per-node cache cannot become incoherent.
 */
@Component
class AppSecrets {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    AppSecrets(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    byte[] secret(String name) {
        return cache.computeIfAbsent(name, this::loadOrCreate);
    }

    private byte[] loadOrCreate(String name) {
        List<String> found = read(name);
        if (found.isEmpty()) {
            byte[] fresh = new byte[32];
            random.nextBytes(fresh);
            try {
                ownTransaction.executeWithoutResult(status -> jdbc.update(
                        "insert into app_secret (name, secret, created_at) values (?, ?, ?)",
                        name, Base64.getEncoder().encodeToString(fresh), Timestamp.from(clock.instant())));
            } catch (DuplicateKeyException anotherNodeWasFaster) {
                // fall through: read the other node's secret
            }
            found = read(name);
        }
        return Base64.getDecoder().decode(found.get(0));
    }

    private List<String> read(String name) {
        return ownTransaction.execute(status ->
                jdbc.queryForList("select secret from app_secret where name = ?", String.class, name));
    }
}
