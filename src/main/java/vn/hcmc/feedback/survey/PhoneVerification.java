package vn.hcmc.feedback.survey;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hcmc.feedback.notification.sms.SmsSender;
import vn.hcmc.feedback.system.Refusal;

/**
 * One-time codes by SMS for the surveys with verified phones ({@link Anonymity#VERIFIED_PHONE}): a respondent asks
 * for a code for their phone, the code goes out by SMS, and the answer carries it. Only keyed hashes of the phone and
 * of the code are stored (table {@code survey_phone_code}). A code lasts {@link #VALID} and takes
 * {@link #MAX_WRONG} wrong tries; a phone gets {@link #CODES_PER_HOUR} codes an hour per survey, counted in the
 * database, so on every node alike.
 */
@Service
public class PhoneVerification {

    private static final Logger log = LoggerFactory.getLogger(PhoneVerification.class);

    static final Duration VALID = Duration.ofMinutes(10);
    static final int MAX_WRONG = 5;
    static final int CODES_PER_HOUR = 3;
    private static final Duration HOUR = Duration.ofHours(1);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final RespondentKeys keys;
    private final ObjectProvider<SmsSender> sms;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    PhoneVerification(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, RespondentKeys keys,
                      ObjectProvider<SmsSender> sms, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.keys = keys;
        this.sms = sms;
        this.clock = clock;
    }

    /** Whether codes can be sent at all (an SMS gateway or the demo catcher is there). */
    public boolean available() {
        return sms.getIfAvailable() != null;
    }

    /** What the respondent is told after a code went out: where to (masked), until when, how many more this hour. */
    public record CodeSent(String phone, Instant expiresAt, int codesLeftThisHour) {
    }

    /**
     * Sends a new code for this phone, if the survey is open, asks for verified phones, the phone has not answered
     * and has codes left this hour.
     */
    public CodeSent send(Survey survey, String rawPhone) {
        if (survey.getAnonymity() != Anonymity.VERIFIED_PHONE) {
            throw Refusal.invalid("phone-codes-not-used", "Survey " + survey.getId() + " does not verify phones; "
                    + "answer it without a code.");
        }
        Instant now = clock.instant();
        if (survey.getStatus() != SurveyStatus.OPEN || survey.getOpensAt().isAfter(now)
                || !survey.getClosesAt().isAfter(now)) {
            throw Refusal.conflict("survey-not-open", "Survey " + survey.getId() + " does not take answers now.");
        }
        String phone = phone(rawPhone);
        String phoneKey = keys.keyOf(survey.getId(), "phone", phone);
        if (answered(survey.getId(), phoneKey)) {
            throw Refusal.conflict("already-answered", "This phone number has already answered survey "
                    + survey.getId() + "; only one answer per person is accepted.");
        }
        SmsSender sender = sms.getIfAvailable();
        if (sender == null) {
            throw new Refusal(Refusal.Reason.UNAVAILABLE, "sms-unavailable", "Không gửi được tin nhắn / SMS unavailable",
                    "No SMS gateway is configured; the city cannot send verification codes now.");
        }
        // the code is written first and the hour counted with it, so two requests at the same moment cannot both
        // pass the count; a request over the limit, or whose SMS fails, takes its row back
        String code = "%06d".formatted(random.nextInt(1_000_000));
        Instant expiresAt = now.plus(VALID);
        long id = insert(survey.getId(), phoneKey, codeHash(survey.getId(), phoneKey, code), now, expiresAt);
        List<Instant> lastHour = jdbc.queryForList("select created_at from survey_phone_code where survey_id = ? "
                        + "and phone_key = ? and created_at > ? order by created_at, id", Timestamp.class,
                survey.getId(), phoneKey, Timestamp.from(now.minus(HOUR))).stream().map(Timestamp::toInstant).toList();
        if (lastHour.size() > CODES_PER_HOUR) {
            jdbc.update("delete from survey_phone_code where id = ?", id);
            long seconds = Math.max(1, Duration.between(now, lastHour.get(0).plus(HOUR)).toSeconds() + 1);
            throw new Refusal(Refusal.Reason.TOO_MANY_REQUESTS, "too-many-codes", "Quá nhiều mã / Too many codes",
                    "At most " + CODES_PER_HOUR + " codes an hour are sent to one phone for a survey; try again in "
                            + seconds + " s.", Map.of(Refusal.RETRY_AFTER_SECONDS, seconds));
        }
        try {
            // SMS are sent in GSM letters, without diacritics: one message of 160 characters on every phone
            sender.send(phone, "Ma xac minh khao sat TP.HCM: " + code + ". Het han sau " + VALID.toMinutes()
                    + " phut. Khong chia se ma nay cho ai.");
        } catch (SmsSender.NotSent e) {
            log.warn("Verification code for survey {} not sent: {}", survey.getId(), e.getMessage());
            jdbc.update("delete from survey_phone_code where id = ?", id);
            throw new Refusal(Refusal.Reason.UNAVAILABLE, "sms-unavailable",
                    "Không gửi được tin nhắn / SMS unavailable", "The verification code could not be sent; try "
                            + "again in a few minutes.");
        }
        return new CodeSent(masked(phone), expiresAt, CODES_PER_HOUR - lastHour.size());
    }

    /**
     * The respondent key of a verified phone: checks the code against the phone's newest code and uses it up. A
     * wrong code counts against it (committed even though the answer is refused).
     */
    String verifiedKey(long surveyId, String rawPhone, String code) {
        String phone = phone(rawPhone);
        String phoneKey = keys.keyOf(surveyId, "phone", phone);
        if (code == null || code.isBlank()) {
            throw Refusal.invalid("phone-code-required", "phoneCode: this survey verifies phones; ask for a code "
                    + "(POST /api/surveys/" + surveyId + "/phone-codes) and send it with the answer.");
        }
        Instant now = clock.instant();
        Optional<Map<String, Object>> newest = jdbc.queryForList("select id, code_hash, expires_at, failed_attempts, "
                + "used_at from survey_phone_code where survey_id = ? and phone_key = ? order by created_at desc, id desc",
                surveyId, phoneKey).stream().findFirst();
        if (newest.isEmpty()) {
            throw Refusal.invalid("phone-code-wrong", "phoneCode: no code was sent to this phone for survey "
                    + surveyId + "; ask for one.");
        }
        Map<String, Object> row = newest.get();
        long id = ((Number) row.get("id")).longValue();
        if (row.get("used_at") != null) {
            throw Refusal.invalid("phone-code-used", "phoneCode: this code was used already; ask for a new one.");
        }
        if (!instant(row.get("expires_at")).isAfter(now)) {
            throw Refusal.invalid("phone-code-expired", "phoneCode: the code has expired (codes last "
                    + VALID.toMinutes() + " minutes); ask for a new one.");
        }
        if (((Number) row.get("failed_attempts")).intValue() >= MAX_WRONG) {
            throw Refusal.invalid("phone-code-locked", "phoneCode: " + MAX_WRONG + " wrong codes were tried; ask for "
                    + "a new one.");
        }
        boolean right = MessageDigest.isEqual(codeHash(surveyId, phoneKey, code.strip()).getBytes(),
                ((String) row.get("code_hash")).getBytes());
        if (!right) {
            ownTransaction.executeWithoutResult(status -> jdbc.update(
                    "update survey_phone_code set failed_attempts = failed_attempts + 1 where id = ?", id));
            throw Refusal.invalid("phone-code-wrong", "phoneCode: the code is not the one sent to this phone.");
        }
        int used = ownTransaction.execute(status -> jdbc.update(
                "update survey_phone_code set used_at = ? where id = ? and used_at is null", Timestamp.from(now), id));
        if (used == 0) {
            throw Refusal.invalid("phone-code-used", "phoneCode: this code was used already; ask for a new one.");
        }
        return phoneKey;
    }

    private long insert(long surveyId, String phoneKey, String codeHash, Instant createdAt, Instant expiresAt) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var ps = connection.prepareStatement("insert into survey_phone_code (survey_id, phone_key, code_hash, "
                    + "created_at, expires_at) values (?, ?, ?, ?, ?)", new String[] {"id"});
            ps.setLong(1, surveyId);
            ps.setString(2, phoneKey);
            ps.setString(3, codeHash);
            ps.setTimestamp(4, Timestamp.from(createdAt));
            ps.setTimestamp(5, Timestamp.from(expiresAt));
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    private boolean answered(long surveyId, String respondentKey) {
        Integer n = jdbc.queryForObject("select count(*) from survey_answer where survey_id = ? and respondent_key = ?",
                Integer.class, surveyId, respondentKey);
        return n != null && n > 0;
    }

    private String codeHash(long surveyId, String phoneKey, String code) {
        return keys.keyOf(surveyId, "phone-code", phoneKey + "\n" + code);
    }

    private static String phone(String raw) {
        String phone = raw == null ? null : RespondentKeys.normalisePhone(raw);
        if (phone == null) {
            throw Refusal.invalid("invalid-contact", "phone: '" + (raw == null ? "" : raw) + "' is not a Vietnamese "
                    + "phone number (0xxxxxxxxx or +84xxxxxxxxx).");
        }
        return phone;
    }

    /** 0912345678 as 091•••••78: enough to see which phone, not to read it off a screen. */
    static String masked(String phone) {
        return phone.substring(0, 3) + "•".repeat(phone.length() - 5) + phone.substring(phone.length() - 2);
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        throw new IllegalStateException("Unexpected time value " + value);
    }
}
