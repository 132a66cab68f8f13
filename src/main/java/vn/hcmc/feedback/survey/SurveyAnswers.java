package vn.hcmc.feedback.survey;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hcmc.feedback.directory.UnitDirectory;
import vn.hcmc.feedback.system.Refusal;

/**
 * Takes citizens' answers: validates them, derives the respondent key, and stores one answer row plus its value rows
 * atomically, with plain JDBC and no process engine work. The answer insert itself checks that the survey is open at
 * this instant, and the unique constraint on (survey, respondent key) refuses a second answer, even two arriving at
 * the same moment on two nodes.
 *
 * <p>On PostgreSQL the answers go through {@link AnswerGroupCommit}: the answers that arrive together are stored in
 * one transaction, and each request is answered after that commit. Other databases (H2 in development and tests) run
 * the two inserts of each answer in a transaction of its own.
 */
@Service
public class SurveyAnswers implements SmartLifecycle {

    private static final String INSERT_ANSWER = """
            insert into survey_answer (survey_id, respondent_key, unit_code, submitted_at, source_key)
            select id, ?, ?, ?, ? from survey where id = ? and status = 'OPEN' and opens_at <= ? and closes_at > ?""";
    private static final String INSERT_ITEMS =
            "insert into survey_answer_item (survey_id, answer_id, question_id, unit_code, choice, num, free_text) values ";
    private static final String ITEM_VALUES = "(?, ?, ?, ?, ?, ?, ?)";
    private static final int CACHE_LIMIT = 10_000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final SurveyService surveys;
    private final AnswerValidator validator;
    private final RespondentKeys keys;
    private final PhoneVerification phones;
    private final UnitDirectory directory;
    private final Clock clock;
    /** PostgreSQL: answers are written in batches, one commit for all the answers waiting at that moment. */
    private final AnswerGroupCommit groupCommit;
    /**
     * Designs of approved surveys. A design never changes after approval, so entries are facts, the same on every
     * node; the window and the state are read by the insert itself, never from here.
     */
    private final Map<Long, ApprovedDesign> designs = new ConcurrentHashMap<>();
    private volatile boolean running;

    SurveyAnswers(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, SurveyService surveys,
                  AnswerValidator validator, RespondentKeys keys, PhoneVerification phones,
                  UnitDirectory directory, Clock clock,
                  @Value("${feedback.survey.answer-writers:1}") int writers,
                  @Value("${feedback.survey.answer-batch-size:100}") int batchSize) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        boolean postgres = "PostgreSQL".equals(jdbc.execute((ConnectionCallback<String>) connection ->
                connection.getMetaData().getDatabaseProductName()));
        this.groupCommit = postgres
                ? new AnswerGroupCommit(jdbc, transaction, writers, batchSize, 10_000, 30) : null;
        this.surveys = surveys;
        this.validator = validator;
        this.keys = keys;
        this.phones = phones;
        this.directory = directory;
        this.clock = clock;
    }

    public record Receipt(long surveyId, Instant submittedAt) {
    }

    /**
     * Stores one answer. {@code clientAddress}: the address the request came from (behind a proxy, the client's as
     * the proxy forwarded it); only its keyed hash is stored, to count answers by address in the results.
     */
    public Receipt submit(long surveyId, AnswerSubmission submission, String clientAddress) {
        ApprovedDesign design = design(surveyId);
        boolean verifiedPhone = design.anonymity() == Anonymity.VERIFIED_PHONE;
        String respondentKey = verifiedPhone ? null : respondentKey(surveyId, design.anonymity(), submission);
        String sourceKey = keys.sourceKeyOf(surveyId, clientAddress);
        String unit = submission.unit().strip();
        if (!directory.isUnit(unit)) {
            throw Refusal.invalid("unknown-unit", "unit: '" + unit + "' is not a unit code (see /api/units).");
        }
        if (!design.audience().isEmpty() && !design.audience().contains(unit)) {
            throw Refusal.invalid("unit-not-in-audience", "unit: survey " + surveyId + " asks only the units "
                    + design.audience() + ".");
        }
        List<AnswerItem> items = validator.validate(design.content(), submission.answers());
        if (verifiedPhone) {
            // last, once everything else is right: checking the code uses it up
            respondentKey = respondentKey(surveyId, design.anonymity(), submission);
        }
        String key = respondentKey;
        Instant now = clock.instant();
        if (groupCommit != null) {
            return switch (groupCommit.store(surveyId, key, unit, now, sourceKey, items)) {
                case STORED -> new Receipt(surveyId, now);
                case ALREADY_ANSWERED -> throw alreadyAnswered(surveyId);
                case NOT_OPEN -> throw notOpen(surveyId);
            };
        }
        try {
            transaction.executeWithoutResult(status -> store(surveyId, key, unit, now, sourceKey, items));
        } catch (DuplicateKeyException e) {
            throw alreadyAnswered(surveyId);
        }
        return new Receipt(surveyId, now);
    }

    private static Refusal alreadyAnswered(long surveyId) {
        return Refusal.conflict("already-answered", "This respondent has already answered survey " + surveyId
                + "; only one answer per person is accepted.");
    }

    @Override
    public void start() {
        if (groupCommit != null) {
            groupCommit.start();
        }
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        if (groupCommit != null) {
            groupCommit.stop();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts before the web server takes requests and stops after it has stopped taking them. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 2048;
    }

    private void store(long surveyId, String respondentKey, String unit, Instant now, String sourceKey,
                       List<AnswerItem> items) {
        Timestamp at = Timestamp.from(now);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        int inserted = jdbc.update(connection -> {
            PreparedStatement ps = connection.prepareStatement(INSERT_ANSWER, new String[] {"id"});
            ps.setString(1, respondentKey);
            ps.setString(2, unit);
            ps.setTimestamp(3, at);
            ps.setString(4, sourceKey);
            ps.setLong(5, surveyId);
            ps.setTimestamp(6, at);
            ps.setTimestamp(7, at);
            return ps;
        }, key);
        if (inserted == 0) {
            throw notOpen(surveyId);
        }
        long answerId = key.getKey().longValue();
        if (items.isEmpty()) {
            return;
        }
        // one multi-row INSERT: one statement for the database to parse and run, whatever the number of values
        jdbc.update(connection -> {
            PreparedStatement ps = connection.prepareStatement(itemsInsert(items.size()));
            int p = 1;
            for (AnswerItem item : items) {
                ps.setLong(p++, surveyId);
                ps.setLong(p++, answerId);
                ps.setString(p++, item.questionId());
                ps.setString(p++, unit);
                ps.setString(p++, item.choice());
                if (item.num() == null) {
                    ps.setNull(p++, Types.DOUBLE);
                } else {
                    ps.setDouble(p++, item.num());
                }
                ps.setString(p++, item.text());
            }
            return ps;
        });
    }

    private static String itemsInsert(int rows) {
        StringBuilder sql = new StringBuilder(INSERT_ITEMS.length() + rows * (ITEM_VALUES.length() + 2)).append(INSERT_ITEMS);
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "" : ", ").append(ITEM_VALUES);
        }
        return sql.toString();
    }

    private Refusal notOpen(long surveyId) {
        Survey survey = surveys.get(surveyId);
        return Refusal.conflict("survey-not-open", "Survey " + surveyId + " does not take answers now: it "
                + (survey.getStatus() == SurveyStatus.OPEN ? "closed at " + survey.getClosesAt()
                : "is " + survey.getStatus() + " (open from " + survey.getOpensAt() + " to " + survey.getClosesAt() + ")")
                + ".");
    }

    private String respondentKey(long surveyId, Anonymity anonymity, AnswerSubmission s) {
        boolean hasEmail = s.email() != null && !s.email().isBlank();
        boolean hasPhone = s.phone() != null && !s.phone().isBlank();
        boolean hasDevice = s.deviceToken() != null && !s.deviceToken().isBlank();
        if (anonymity == Anonymity.VERIFIED_PHONE) {
            if (hasEmail || hasDevice || !hasPhone) {
                throw Refusal.invalid("phone-required", "This survey verifies phones: send the phone and the "
                        + "phoneCode sent to it, and no e-mail or deviceToken.");
            }
            return phones.verifiedKey(surveyId, s.phone(), s.phoneCode());
        }
        if (anonymity == Anonymity.ANONYMOUS) {
            if (hasEmail || hasPhone) {
                throw Refusal.invalid("contact-not-wanted", "This survey is anonymous: send a deviceToken, "
                        + "and no e-mail or phone.");
            }
            String token = hasDevice ? RespondentKeys.normaliseDeviceToken(s.deviceToken()) : null;
            if (token == null) {
                throw Refusal.invalid("device-token-required", "deviceToken: an anonymous survey needs the "
                        + "app's device token (16 to 200 letters, digits, '.', '_', ':' or '-').");
            }
            return keys.keyOf(surveyId, "device", token);
        }
        if (hasEmail == hasPhone) {
            throw Refusal.invalid("contact-required", "This survey identifies respondents: send exactly one "
                    + "of email and phone.");
        }
        if (hasEmail) {
            String email = RespondentKeys.normaliseEmail(s.email());
            if (email == null) {
                throw Refusal.invalid("invalid-contact", "email: '" + s.email() + "' is not an e-mail address.");
            }
            return keys.keyOf(surveyId, "email", email);
        }
        String phone = RespondentKeys.normalisePhone(s.phone());
        if (phone == null) {
            throw Refusal.invalid("invalid-contact", "phone: '" + s.phone() + "' is not a Vietnamese phone "
                    + "number (0xxxxxxxxx or +84xxxxxxxxx).");
        }
        return keys.keyOf(surveyId, "phone", phone);
    }

    /** The design of an approved survey; 404 for a survey that does not exist, 409 for one not yet approved. */
    ApprovedDesign design(long surveyId) {
        ApprovedDesign cached = designs.get(surveyId);
        if (cached != null) {
            return cached;
        }
        Survey survey = surveys.get(surveyId);
        if (survey.getStatus().isEditable()) {
            throw Refusal.notFound("survey-not-found", "There is no open survey " + surveyId + ".");
        }
        ApprovedDesign design = new ApprovedDesign(survey.getAnonymity(), survey.audience(), surveys.content(survey));
        if (designs.size() >= CACHE_LIMIT) {
            designs.clear();
        }
        designs.put(surveyId, design);
        return design;
    }

    /** Answers so far per unit code (for the owner's daily progress mail). */
    public Map<String, Long> countByUnit(long surveyId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query("select unit_code, count(*) from survey_answer where survey_id = ? group by unit_code "
                + "order by count(*) desc, unit_code", rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                }, surveyId);
        return counts;
    }

    public long count(long surveyId) {
        return Optional.ofNullable(jdbc.queryForObject("select count(*) from survey_answer where survey_id = ?",
                Long.class, surveyId)).orElse(0L);
    }

    record ApprovedDesign(Anonymity anonymity, List<String> audience, SurveyContent content) {
    }
}
