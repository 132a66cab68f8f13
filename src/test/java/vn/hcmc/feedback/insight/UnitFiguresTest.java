package vn.hcmc.feedback.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.hcmc.feedback.support.WebappSession;

/**
 * The dashboard's figures (issue 20) from a known set of reports, answers, history steps and ratings of two units in
 * June 2026's period (12:00 25/05 – 12:00 25/06, city time), each figure checked by hand below. Office hours are
 * 07:30–11:30 and 13:00–17:00, Monday to Friday; June 2026 has no holiday. Xã Thạnh An (A) and Đặc khu Côn Đảo
 * (B) have no other reports in the suite; the rows are removed afterwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UnitFiguresTest {

    static final String A = "thanh-an-can-gio";
    static final String B = "con-dao";
    static final Instant NOW = at("2026-06-26T10:00");
    static final ReportingPeriod JUNE = ReportingPeriod.month(YearMonth.of(2026, 6));

    @Autowired
    UnitFigures figures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestRestTemplate rest;

    final List<Long> reports = new ArrayList<>();

    @BeforeEach
    void knownCases() {
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
        // B: one answer, on time, of another category
        long r8 = report(B, "flooding", "ANSWERED", "2026-06-10T08:00", null);
        answer(r8, B, "flooding", "2026-06-10T08:00", "2026-06-11T09:00", "2026-06-12T17:00");

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

    @AfterEach
    void removeThem() {
        for (String table : List.of("answer_rating", "report_event", "published_answer", "answer_proposal")) {
            reports.forEach(id -> jdbc.update("delete from " + table + " where report_id = ?", id));
        }
        reports.forEach(id -> jdbc.update("delete from report where id = ?", id));
    }

    @Test
    void eachUnitsFiguresAsCountedByHand() {
        UnitFigures.Table table = figures.of(JUNE, null, Set.of(A, B), NOW);

        assertThat(table.units()).extracting(UnitFigures.Figures::unitCode).as("ranked by on-time rate")
                .containsExactly(B, A);
        UnitFigures.Figures a = table.units().get(1);
        assertThat(a.unitName()).isEqualTo("Xã Thạnh An");
        assertThat(a.received()).as("R1, R2, R3, R4, R7").isEqualTo(5);
        assertThat(a.answered()).isEqualTo(3);
        assertThat(a.answeredOnTime()).as("R1, and R3 exactly at its due time").isEqualTo(2);
        assertThat(a.onTimeRate()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(a.inProgress()).as("R4, R5, R6, R7").isEqualTo(4);
        assertThat(a.overdueNow()).as("R5 and R7; R6 waits for the citizen").isEqualTo(2);
        assertThat(a.medianHoursToAnswer()).as("of 2, 8, 9.5").isEqualTo(8.0);
        assertThat(a.p90HoursToAnswer()).isEqualTo(9.5);
        assertThat(a.medianHoursToAccept()).as("of 2 and 5").isEqualTo(2.0);
        assertThat(a.p90HoursToAccept()).isEqualTo(5.0);
        assertThat(a.informationRequests()).isEqualTo(1);
        assertThat(a.transfers()).as("R7's; R2's transfer was B's").isEqualTo(1);
        assertThat(a.extensions()).isEqualTo(1);
        assertThat(a.escalationsLevel1()).isEqualTo(2);
        assertThat(a.escalationsLevel2()).isEqualTo(1);
        assertThat(a.reopened()).isEqualTo(1);
        assertThat(a.reopenRate()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(a.ratings()).isEqualTo(3);
        assertThat(a.meanRating()).isCloseTo(8.0 / 3, within(1e-9));
        assertThat(a.lowRatings()).isEqualTo(2);

        UnitFigures.Figures b = table.units().get(0);
        assertThat(b.received()).isEqualTo(1);
        assertThat(b.onTimeRate()).isEqualTo(1.0);
        assertThat(b.transfers()).isEqualTo(1);
        assertThat(b.meanRating()).isNull();
        assertThat(b.medianHoursToAnswer()).as("Wed 08:00 to Thu 09:00: 3.5 + 4 + 1.5").isEqualTo(9.0);

        UnitFigures.Figures city = table.city();
        assertThat(city.received()).isEqualTo(6);
        assertThat(city.answered()).isEqualTo(4);
        assertThat(city.answeredOnTime()).isEqualTo(3);
        assertThat(city.overdueNow()).isEqualTo(2);
        assertThat(city.medianHoursToAnswer()).as("of 2, 8, 9, 9.5").isEqualTo(8.0);
        assertThat(city.p90HoursToAnswer()).isEqualTo(9.5);
    }

    @Test
    void aCategoryNarrowsEveryFigure() {
        UnitFigures.Table garbage = figures.of(JUNE, "garbage", Set.of(A, B), NOW);

        UnitFigures.Figures b = garbage.units().stream().filter(f -> f.unitCode().equals(B)).findFirst().orElseThrow();
        assertThat(b.answered()).as("B's answer was about flooding").isZero();
        assertThat(b.transfers()).as("B transferred a garbage report").isEqualTo(1);
        assertThat(garbage.city().answered()).isEqualTo(3);
        assertThat(figures.of(JUNE, "flooding", Set.of(A, B), NOW).units()).extracting(UnitFigures.Figures::unitCode)
                .containsExactly(B);
    }

    @Test
    void aUnitsLeaderSeesTheirUnitOnlyAndOfficialsSeeNoFigures() {
        ResponseEntity<String> manager = WebappSession.tasklist(rest, "manager", "manager")
                .get("/staff/insight?month=2026-06");
        assertThat(manager.getStatusCode().value()).as(manager.getBody()).isEqualTo(200);
        assertThat(manager.getBody()).contains("Xã Thạnh An", "Đặc khu Côn Đảo", "12:00 25/05/2026 – 12:00 25/06/2026");

        ResponseEntity<String> leader = WebappSession.tasklist(rest, A + "-leader", A + "-leader")
                .get("/staff/insight?month=2026-06");
        assertThat(leader.getStatusCode().value()).isEqualTo(200);
        assertThat(leader.getBody()).contains("Xã Thạnh An").doesNotContain("Đặc khu Côn Đảo");
        ResponseEntity<String> otherUnit = WebappSession.tasklist(rest, A + "-leader", A + "-leader")
                .get("/staff/insight/units/" + B + "/overdue");
        assertThat(otherUnit.getStatusCode().value()).isEqualTo(403);
        ResponseEntity<String> drillDown = WebappSession.tasklist(rest, A + "-leader", A + "-leader")
                .get("/staff/insight/units/" + A + "/overdue");
        assertThat(drillDown.getStatusCode().value()).isEqualTo(200);
        assertThat(drillDown.getBody()).contains("/staff/reports/ZZ-");

        assertThat(WebappSession.tasklist(rest, A + "-staff", A + "-staff").get("/staff/insight")
                .getStatusCode().value()).as("a ward's official").isEqualTo(403);
        assertThat(WebappSession.tasklist(rest, "manager", "manager").get("/staff/insight?month=juni")
                .getStatusCode().value()).isEqualTo(400);
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
                reportId, code, proposal, category, unit, ts(receivedAt), ts(publishedAt), ts(dueAt));
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
