package vn.hcmc.feedback.survey;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hcmc.feedback.system.Refusal;

/**
 * Group commit of survey answers (PostgreSQL). A request validates its answer in its own thread, hands it here and
 * waits; a writer thread takes every answer waiting at that moment (at most {@code maxBatch}) and stores them in ONE
 * transaction: one INSERT of the answer rows, one INSERT of all their value rows, one commit. A request is answered
 * only after the commit that holds its answer, so 201 always means a stored answer; nothing waits on purpose (under
 * light load a batch is one answer).
 *
 * <p>The answer INSERT keeps the two rules of a single answer: it only takes rows whose survey is open at their
 * instant (joined with {@code survey}), and {@code ON CONFLICT DO NOTHING} on the unique (survey, respondent key)
 * refuses a second answer of a respondent, also one committed meanwhile by another writer or node. Two answers of the
 * same respondent in one batch never reach the database together: the later one goes into the next batch, where the
 * unique key refuses it. What a failed batch held is answered with the failure; the transaction leaves nothing.
 */
class AnswerGroupCommit {

    private static final Logger LOG = LoggerFactory.getLogger(AnswerGroupCommit.class);

    private static final String INSERT_ANSWERS = """
            insert into survey_answer (survey_id, respondent_key, unit_code, submitted_at, source_key)
            select v.survey_id, v.respondent_key, v.unit_code, v.submitted_at, v.source_key
              from (select a.survey_id, a.respondent_key, a.unit_code, cast(a.submitted_at as timestamptz) as submitted_at,
                           a.source_key
                      from unnest(cast(? as bigint[]), cast(? as varchar[]), cast(? as varchar[]), cast(? as varchar[]),
                                  cast(? as varchar[]))
                        as a (survey_id, respondent_key, unit_code, submitted_at, source_key)) v
              join survey s on s.id = v.survey_id
             where s.status = 'OPEN' and s.opens_at <= v.submitted_at and s.closes_at > v.submitted_at
            on conflict (survey_id, respondent_key) do nothing
            returning id, survey_id, respondent_key""";
    private static final String INSERT_ITEMS = """
            insert into survey_answer_item (survey_id, answer_id, question_id, unit_code, choice, num, free_text)
            select i.survey_id, i.answer_id, i.question_id, i.unit_code, i.choice, cast(i.num as double precision),
                   i.free_text
              from unnest(cast(? as bigint[]), cast(? as bigint[]), cast(? as varchar[]), cast(? as varchar[]),
                          cast(? as varchar[]), cast(? as varchar[]), cast(? as varchar[]))
                as i (survey_id, answer_id, question_id, unit_code, choice, num, free_text)""";
    private static final String OPEN_AT = """
            select count(*) from survey where id = ? and status = 'OPEN' and opens_at <= ? and closes_at > ?""";

    /** What became of an answer. */
    enum Outcome {
        STORED, ALREADY_ANSWERED, NOT_OPEN
    }

    record Pending(long surveyId, String respondentKey, String unit, Instant submittedAt, String sourceKey,
                   List<AnswerItem> items, CompletableFuture<Outcome> outcome) {

        String key() {
            return surveyId + ":" + respondentKey;
        }
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final int maxBatch;
    private final long waitSeconds;
    private final BlockingQueue<Pending> queue;
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean running;

    AnswerGroupCommit(JdbcTemplate jdbc, TransactionTemplate transaction, int writers, int maxBatch, int queueCapacity,
                      long waitSeconds) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.maxBatch = maxBatch;
        this.waitSeconds = waitSeconds;
        this.queue = new LinkedBlockingQueue<>(queueCapacity);
        for (int i = 1; i <= writers; i++) {
            Thread thread = new Thread(this::run, "survey-answer-writer-" + i);
            thread.setDaemon(true);
            this.writers.add(thread);
        }
    }

    void start() {
        running = true;
        writers.forEach(Thread::start);
    }

    /** Stops taking answers, writes what is queued, and waits (bounded) for the writers. */
    void stop() {
        running = false;
        for (Thread writer : writers) {
            try {
                writer.join(TimeUnit.SECONDS.toMillis(waitSeconds));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Stores the answer with the next batch and waits for that batch's commit. */
    Outcome store(long surveyId, String respondentKey, String unit, Instant submittedAt, String sourceKey,
                  List<AnswerItem> items) {
        Pending pending = new Pending(surveyId, respondentKey, unit, submittedAt, sourceKey, items,
                new CompletableFuture<>());
        if (!running || !queue.offer(pending)) {
            throw busy();
        }
        try {
            return pending.outcome().get(waitSeconds, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            // Still queued or being written: it may yet be stored, so the client is told to check by sending again
            // (a stored answer then gets 409 already-answered).
            throw busy();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        }
    }

    private static Refusal busy() {
        return new Refusal(Refusal.Reason.UNAVAILABLE, "survey-answers-busy",
                "Hệ thống đang bận / Temporarily busy",
                "The answer could not be confirmed in time; please send it again (an answer already stored is then "
                        + "reported as already answered).");
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(maxBatch);
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, maxBatch - 1);
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // write() answers the requests itself; should anything before that fail, they get the error now
                // instead of waiting for their timeout, and the writer goes on with the next batch.
                LOG.error("Survey answer writer failed", e);
                batch.forEach(p -> p.outcome().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
    }

    /** Writes the batch; a second answer of a respondent within it waits for the next round. */
    private void write(List<Pending> batch) {
        List<Pending> now = new ArrayList<>(batch.size());
        List<Pending> later = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Pending pending : batch) {
            (seen.add(pending.key()) ? now : later).add(pending);
        }
        try {
            Map<String, Outcome> outcomes = transaction.execute(status -> insert(now));
            now.forEach(p -> p.outcome().complete(outcomes.get(p.key())));
        } catch (RuntimeException e) {
            now.forEach(p -> p.outcome().completeExceptionally(e));
        }
        if (!later.isEmpty()) {
            write(later);
        }
    }

    private Map<String, Outcome> insert(List<Pending> batch) {
        int n = batch.size();
        Long[] surveyIds = new Long[n];
        String[] respondentKeys = new String[n];
        String[] units = new String[n];
        String[] instants = new String[n];
        String[] sourceKeys = new String[n];
        for (int i = 0; i < n; i++) {
            Pending p = batch.get(i);
            surveyIds[i] = p.surveyId();
            respondentKeys[i] = p.respondentKey();
            units[i] = p.unit();
            instants[i] = p.submittedAt().toString();
            sourceKeys[i] = p.sourceKey();
        }
        Map<String, Long> answerIds = jdbc.execute((ConnectionCallback<Map<String, Long>>) connection -> {
            Map<String, Long> ids = new HashMap<>();
            try (PreparedStatement ps = connection.prepareStatement(INSERT_ANSWERS)) {
                ps.setArray(1, connection.createArrayOf("bigint", surveyIds));
                ps.setArray(2, connection.createArrayOf("varchar", respondentKeys));
                ps.setArray(3, connection.createArrayOf("varchar", units));
                ps.setArray(4, connection.createArrayOf("varchar", instants));
                ps.setArray(5, connection.createArrayOf("varchar", sourceKeys));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.put(rs.getLong(2) + ":" + rs.getString(3), rs.getLong(1));
                    }
                }
            }
            insertItems(connection, batch, ids);
            return ids;
        });
        Map<String, Outcome> outcomes = new HashMap<>();
        for (Pending p : batch) {
            outcomes.put(p.key(), answerIds.containsKey(p.key()) ? Outcome.STORED
                    : openAt(p.surveyId(), p.submittedAt()) ? Outcome.ALREADY_ANSWERED : Outcome.NOT_OPEN);
        }
        return outcomes;
    }

    private static void insertItems(Connection connection, List<Pending> batch, Map<String, Long> answerIds)
            throws SQLException {
        List<Long> surveyIds = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        List<String> questions = new ArrayList<>();
        List<String> units = new ArrayList<>();
        List<String> choices = new ArrayList<>();
        List<String> nums = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (Pending p : batch) {
            Long answerId = answerIds.get(p.key());
            if (answerId == null) {
                continue;
            }
            for (AnswerItem item : p.items()) {
                surveyIds.add(p.surveyId());
                ids.add(answerId);
                questions.add(item.questionId());
                units.add(p.unit());
                choices.add(item.choice());
                nums.add(item.num() == null ? null : item.num().toString());
                texts.add(item.text());
            }
        }
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement(INSERT_ITEMS)) {
            ps.setArray(1, connection.createArrayOf("bigint", surveyIds.toArray(Long[]::new)));
            ps.setArray(2, connection.createArrayOf("bigint", ids.toArray(Long[]::new)));
            ps.setArray(3, array(connection, questions));
            ps.setArray(4, array(connection, units));
            ps.setArray(5, array(connection, choices));
            ps.setArray(6, array(connection, nums));
            ps.setArray(7, array(connection, texts));
            ps.executeUpdate();
        }
    }

    private static Array array(Connection connection, List<String> values) throws SQLException {
        return connection.createArrayOf("varchar", values.toArray(String[]::new));
    }

    private boolean openAt(long surveyId, Instant at) {
        Timestamp t = Timestamp.from(at);
        Long open = jdbc.queryForObject(OPEN_AT, Long.class, surveyId, t, t);
        return open != null && open > 0;
    }
}
