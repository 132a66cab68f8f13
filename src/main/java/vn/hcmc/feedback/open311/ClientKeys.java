package vn.hcmc.feedback.open311;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcmc.feedback.report.AccessTokens;
import vn.hcmc.feedback.system.Refusal;

/**
 * The API keys of the Open311 client applications: 256 random bits (base64url, 43 characters), shown once when the
 * administrator creates the application; only their SHA-256 hash is stored (a key this long needs no slow hash: it
 * cannot be guessed from a list). A revoked key is refused like a wrong one.
 */
@Service
public class ClientKeys {

    private final ClientApplicationRepository clients;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public ClientKeys(ClientApplicationRepository clients, Clock clock) {
        this.clients = clients;
        this.clock = clock;
    }

    /** A new application and its key, which is nowhere else and cannot be shown again. */
    public record Created(ClientApplication client, String apiKey) {
    }

    @Transactional
    public Created create(String name, String contact, String by) {
        String cleanName = name.strip();
        if (clients.existsByNameIgnoreCase(cleanName)) {
            throw Refusal.conflict("client-name-taken", "There is already an Open311 client named '" + cleanName
                    + "'; revoke it or choose another name.");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        try {
            ClientApplication client = clients.saveAndFlush(new ClientApplication(cleanName,
                    contact == null || contact.isBlank() ? null : contact.strip(), AccessTokens.hash(key),
                    key.substring(0, 6), by, clock.instant()));
            return new Created(client, key);
        } catch (DataIntegrityViolationException e) {
            throw Refusal.conflict("client-name-taken", "There is already an Open311 client named '"
                    + cleanName + "'.");
        }
    }

    @Transactional(readOnly = true)
    public List<ClientApplication> all() {
        return clients.findAllByOrderByIdAsc();
    }

    @Transactional
    public ClientApplication revoke(long id, String by) {
        ClientApplication client = clients.findById(id).orElseThrow(() -> Refusal.notFound("client-not-found",
                "There is no Open311 client " + id + "."));
        if (!client.isActive()) {
            throw Refusal.conflict("client-already-revoked", "The key of Open311 client " + id
                    + " was revoked at " + client.getRevokedAt() + ".");
        }
        client.revoke(by, clock.instant());
        return client;
    }

    /** The active application whose key this is; 403 for a missing, unknown or revoked key. */
    @Transactional(readOnly = true)
    public ClientApplication authenticate(String apiKey) {
        if (apiKey == null || apiKey.isBlank()) {
            throw new Open311Exception(HttpStatus.FORBIDDEN, "api_key is required to submit a request; the city's "
                    + "administrator gives one key per client application.");
        }
        return clients.findByKeyHash(AccessTokens.hash(apiKey.strip())).filter(ClientApplication::isActive)
                .orElseThrow(() -> new Open311Exception(HttpStatus.FORBIDDEN, "Invalid api_key."));
    }
}
