package vn.hcmc.feedback.insight;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A hand-counted set of reports, answers, history steps and ratings of two units in June 2026's period (12:00 25/05 –
 * 12:00 25/06, city time), inserted straight into the tables; UnitFiguresTest checks each figure against it. Xã
 * Thạnh An (A) and Đặc khu Côn Đảo (B) have no other reports in the suite.
 */
final class InsightTestData {

    static final String A = "thanh-an-can-gio";
    static final String B = "con-dao";

    private final JdbcTemplate jdbc;
    private final List<Long> reports = new ArrayList<>();

    InsightTestData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the cases; {@link #remove} takes them out again. */
    void insert() {
        // A: answered in the period — R1 on time (9.5 working hours), R2 late (2 h), R3 exactly at its due time (8 h)
        long r1 = report(A, "garbage", "ANSWERED", "2026-06-01T08:00", null);
        answer(r1, A, "garbage", "2026-06-01T08:00", "2026-06-02T09:30", "2026-06-05T17:00");
        long r2 = report(A, "garbage", "ANSWERED", "2026-06-03T13:00", null);
        answer(r2, A, "garbage", "2026-06-03T13:00", "2026-06-03T15:00", "2026-06-03T14:00");
        long r3 = report(A, "garbage", "ANSWERED", "2026-06-08T07:30", null);
        answer(r3, A, "garbage", "2026-06-08T07:30", "2026-06-09T07:30", "2026-06-09T07:30");
        // A: open now — R4 received 11:59 on the 25th (in), due tomorrow; R5 received at 12:00 (next period),
        // overdue; R6 received before the period, overdue but waiting for the citizen (paused); R7 received at the
        // period's first instant, reopened and overdue
        report(A, "garbage", "ASSIGNED", "2026-06-25T11:59", "2026-06-26T17:00");
        report(A, "garbage", "ASSIGNED", "2026-06-25T12:00", "2026-06-20T17:00");
        long r6 = report(A, "garbage", "AWAITING_INFORMATION", "2026-05-25T11:59", "2026-06-01T17:00");
        long r7 = report(A, "garbage", "REOPENED", "2026-05-25T12:00", "2026-06-10T17:00");
        // B: one answer on time, of another category; one answered without a deadline on record (as before V82)
        long r8 = report(B, "flooding", "ANSWERED", "2026-06-10T08:00", null);
        answer(r8, B, "flooding", "2026-06-10T08:00", "2026-06-11T09:00", "2026-06-12T17:00");
        long r9 = report(B, "flooding", "ANSWERED", "2026-06-15T08:00", null);
        answer(r9, B, "flooding", "2026-06-15T08:00", "2026-06-16T09:00", null);

        // acceptance: R1 routed 08:00, accepted 10:00 (2 h); R2 routed, then transferred to A at 13:00, accepted
        // the next morning at 08:30 (Wed 13:00–17:00 + Thu 07:30–08:30 = 5 h)
        event(r1, A, "routed", "2026-06-01T08:00");
        event(r1, A, "accepted", "2026-06-01T10:00");
        event(r2, B, "routed", "2026-06-03T09:00");
        event(r2, B, "transferred", "2026-06-03T13:00"); // counted for B, which transferred it
        event(r2, A, "accepted", "2026-06-04T08:30");
        event(r6, A, "information-requested", "2026-06-10T09:00");
        event(r6, A, "information-requested", "2026-06-25T12:00"); // next period
        event(r7, A, "transferred", "2026-06-11T09:00");
        event(r7, A, "extension-approved", "2026-06-12T09:00");
        event(r7, A, "escalated-level-1", "2026-06-15T09:00");
        event(r6, A, "escalated-level-1", "2026-06-16T09:00");
        event(r7, A, "escalated-level-2", "2026-06-17T09:00");
        event(r7, A, "reopened", "2026-06-18T09:00");
        // ratings: A 5, 2, 1 in the period (mean 8/3, two low), and a 1 after it; B none
        rating(r1, 1, A, 5, "2026-06-03T09:00");
        rating(r2, 1, A, 2, "2026-06-04T09:00");
        rating(r3, 1, A, 1, "2026-06-10T09:00");
        rating(r3, 2, A, 1, "2026-06-25T12:00");
    }

    void remove() {
        for (String table : List.of("answer_rating", "report_event", "published_answer", "answer_proposal")) {
            reports.forEach(id -> jdbc.update("delete from " + table + " where report_id = ?", id));
        }
        reports.forEach(id -> jdbc.update("delete from report where id = ?", id));
    }

    private long report(String unit, String category, String status, String receivedAt, String answerDueAt) {
        String code = "ZZ-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        jdbc.update("insert into report (tracking_code, access_token_hash, status, description, category, unit_code,"
                        + " contact_flood, public_visible, language, urgent, received_at, updated_at, answer_due_at)"
                        + " values (?, 'x', ?, 'Phản ánh thử cho số liệu', ?, ?, false, true, 'vi', false, ?, ?, ?)",
                code, status, category, unit, ts(receivedAt), ts(receivedAt), answerDueAt == null ? null
                        : ts(answerDueAt));
        long id = jdbc.queryForObject("select id from report where tracking_code = ?", Long.class, code);
        reports.add(id);
        return id;
    }

    private void answer(long reportId, String unit, String category, String receivedAt, String publishedAt,
                        String dueAt) {
        jdbc.update("insert into answer_proposal (report_id, version, outcome, text_vi, proposed_by, proposed_at)"
                + " values (?, 1, 'resolved', 'Đã xử lý', 'test', ?)", reportId, ts(publishedAt));
        long proposal = jdbc.queryForObject("select id from answer_proposal where report_id = ?", Long.class,
                reportId);
        String code = jdbc.queryForObject("select tracking_code from report where id = ?", String.class, reportId);
        jdbc.update("insert into published_answer (report_id, tracking_code, proposal_id, round, category, unit_code,"
                        + " received_at, published_at, outcome, report_text, answer_text, public_feed, answer_due_at)"
                        + " values (?, ?, ?, 1, ?, ?, ?, ?, 'resolved', 'Phản ánh', 'Đã xử lý', false, ?)",
                reportId, code, proposal, category, unit, ts(receivedAt), ts(publishedAt),
                dueAt == null ? null : ts(dueAt));
    }

    private void event(long reportId, String unit, String event, String at) {
        jdbc.update("insert into report_event (report_id, event, actor, occurred_at, unit_code) values (?, ?, 'test',"
                + " ?, ?)", reportId, event, ts(at), unit);
    }

    private void rating(long reportId, int round, String unit, int score, String at) {
        jdbc.update("insert into answer_rating (report_id, round, unit_code, score, rated_at) values (?, ?, ?, ?, ?)",
                reportId, round, unit, score, ts(at));
    }

    static Instant at(String localCityTime) {
        return OffsetDateTime.parse(localCityTime + ":00+07:00").toInstant();
    }

    private static Timestamp ts(String localCityTime) {
        return Timestamp.from(at(localCityTime));
    }
}
