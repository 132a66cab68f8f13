package vn.hcmc.feedback.survey;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Turns a respondent's contact (or device token) into the key stored with the answer: HMAC-SHA256 with a server-side
 * secret over the survey id, the kind and the normalised value. The raw contact is never stored, the key cannot be
 * reversed or recomputed without the secret, and keys of the same person in two surveys differ.
 */
@Component
class RespondentKeys {

    static final int MIN_SECRET_LENGTH = 32;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE_NOISE = Pattern.compile("[\\s.()\\-]");
    private static final Pattern VN_PHONE = Pattern.compile("0\\d{8,10}");
    private static final Pattern DEVICE_TOKEN = Pattern.compile("[A-Za-z0-9._:-]{16,200}");

    private final SecretKeySpec key;
    private final ThreadLocal<Mac> macs;

    RespondentKeys(SurveyProperties properties) {
        String secret = properties.respondentKeySecret();
        if (secret == null || secret.isBlank()) {
            throw new IllegalStateException("feedback.survey.respondent-key-secret is not set: set the environment "
                    + "variable FEEDBACK_SURVEY_RESPONDENT_KEY_SECRET to a random secret of at least "
                    + MIN_SECRET_LENGTH + " characters (e.g. `openssl rand -base64 48`). It keys the hashes that keep "
                    + "one answer per respondent; changing it later lets earlier respondents answer again.");
        }
        if (secret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalStateException("feedback.survey.respondent-key-secret is too short: at least "
                    + MIN_SECRET_LENGTH + " characters are required.");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.macs = ThreadLocal.withInitial(this::newMac);
        newMac();
    }

    /** The key of a normalised identity of the given kind ({@code email}, {@code phone}, {@code device}). */
    String keyOf(long surveyId, String kind, String normalised) {
        Mac mac = macs.get();
        byte[] digest = mac.doFinal((surveyId + "\n" + kind + "\n" + normalised).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest);
    }

    /**
     * The key of the network address an answer came from (IPv4 whole, IPv6 its first 64 bits, which one subscriber
     * holds), 16 hex digits: answers from one address share it, the address cannot be read back. Null without one.
     */
    String sourceKeyOf(long surveyId, String address) {
        String network = networkOf(address);
        return network == null ? null : keyOf(surveyId, "source", network).substring(0, SOURCE_KEY_LENGTH);
    }

    static final int SOURCE_KEY_LENGTH = 16;

    static String networkOf(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        String a = address.strip();
        if (!a.contains(":")) {
            return IPV4.matcher(a).matches() ? a : null;
        }
        try {
            // a literal with a colon is parsed, never looked up
            byte[] bytes = java.net.InetAddress.getByName(a.replaceAll("^\\[|\\]$|%.*$", "")).getAddress();
            if (bytes.length == 4) {
                return java.net.InetAddress.getByAddress(bytes).getHostAddress();
            }
            return HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
        } catch (IllegalArgumentException | java.net.UnknownHostException e) {
            return null;
        }
    }

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    /** Lower-case, trimmed; null if it is not an e-mail address. */
    static String normaliseEmail(String email) {
        String e = email.strip().toLowerCase(Locale.ROOT);
        return EMAIL.matcher(e).matches() && e.length() <= 254 ? e : null;
    }

    /** Digits only, +84/84 written as the leading 0 of Vietnamese numbers; null if it is not a phone number. */
    static String normalisePhone(String phone) {
        String p = PHONE_NOISE.matcher(phone.strip()).replaceAll("");
        if (p.startsWith("+84")) {
            p = "0" + p.substring(3);
        } else if (p.startsWith("0084")) {
            p = "0" + p.substring(4);
        } else if (p.startsWith("84") && p.length() >= 11) {
            p = "0" + p.substring(2);
        }
        return VN_PHONE.matcher(p).matches() ? p : null;
    }

    static String normaliseDeviceToken(String token) {
        String t = token.strip();
        return DEVICE_TOKEN.matcher(t).matches() ? t : null;
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available: " + e.getMessage(), e);
        }
    }
}
