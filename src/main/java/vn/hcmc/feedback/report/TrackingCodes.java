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
    /** 31^6 = 887,503,681, below {@link Integer#MAX_VALUE}. */
    static final int CODES_PER_YEAR = (int) Math.pow(ALPHABET.length(), 6);

    private final SecureRandom random = new SecureRandom();

    public String next(Instant at) {
        int year = at.atZone(HCMC).getYear() % 100;
        // one uniform draw of the six characters together (one call to the secure generator instead of six)
        int draw = random.nextInt(CODES_PER_YEAR);
        char[] code = {'P', 'A', '-', (char) ('0' + year / 10), (char) ('0' + year % 10), '-', 0, 0, 0, 0, 0, 0};
        for (int i = code.length - 1; i >= code.length - 6; i--) {
            code[i] = ALPHABET.charAt(draw % ALPHABET.length());
            draw /= ALPHABET.length();
        }
        return new String(code);
    }

    /** Upper-cases and maps look-alikes a caller may have typed (O→0 is not in the alphabet, so O stays an error). */
    public static String normalise(String code) {
        return code == null ? null : code.trim().toUpperCase();
    }

    public static boolean isWellFormed(String code) {
        return code != null && FORMAT.matcher(code).matches();
    }
}
