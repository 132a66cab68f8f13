package vn.hcmc.feedback.report;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * The citizen's access token: 256 random bits, base64url, shown once and stored only as its SHA-256 hash. When
 * the request carries an Idempotency-Key, the token is instead an HMAC (installation secret) of the key and the
 * request's hash, so that a retried request can be answered with the same token without ever storing it.
 */
@Component
public class AccessTokens {

    private final SecureRandom random = new SecureRandom();
    private final AppSecrets secrets;

    AccessTokens(AppSecrets secrets) {
        this.secrets = secrets;
    }

    public String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public String tokenForIdempotentRequest(String idempotencyKey, String requestHash) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secrets.secret("report-token"), "HmacSHA256"));
            byte[] token = mac.doFinal((idempotencyKey + "\n" + requestHash).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    public static String hash(String token) {
        return HexFormat.of().formatHex(sha256(token.getBytes(StandardCharsets.UTF_8)));
    }

    /** Constant-time check of a presented token against the stored hash. */
    public static boolean matches(String presented, String storedHash) {
        if (presented == null || presented.isBlank() || storedHash == null) {
            return false;
        }
        return MessageDigest.isEqual(hash(presented.trim()).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    public static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
