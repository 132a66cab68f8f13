package vn.hcmc.feedback.report;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Tracking codes such as {@code PA-26-7K3F9Q}: "PA" (phản ánh), the two-digit year in Ho Chi Minh City, and six
 * random characters from an alphabet without look-alikes (no 0/O, 1/I/L), so the code can be read over the phone.
 * 31^6 (about 887 million) codes per year; uniqueness is enforced by the database and checked before use.
 */
@Component
public class TrackingCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public static final Pattern FORMAT = Pattern.compile("PA-\\d{2}-[" + ALPHABET + "]{6}");
    private static final ZoneId HCMC = ZoneId.of("Asia/Ho_Chi_Minh");

    private final SecureRandom random = new SecureRandom();

    public String next(Instant at) {
        int year = at.atZone(HCMC).getYear() % 100;
        StringBuilder code = new StringBuilder(String.format("PA-%02d-", year));
        for (int i = 0; i < 6; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** Upper-cases and maps look-alikes a caller may have typed (O→0 is not in the alphabet, so O stays an error). */
    public static String normalise(String code) {
        return code == null ? null : code.trim().toUpperCase();
    }

    public static boolean isWellFormed(String code) {
        return code != null && FORMAT.matcher(code).matches();
    }
}
