package vn.hcmc.feedback.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
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

    static final String A = InsightTestData.A;
    static final String B = InsightTestData.B;
    static final Instant NOW = InsightTestData.at("2026-06-26T10:00");
    static final ReportingPeriod JUNE = ReportingPeriod.month(YearMonth.of(2026, 6));

    @Autowired
    UnitFigures figures;
    @Autowired
    WeeklyTrend trend;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestRestTemplate rest;

    InsightTestData data;

    @BeforeEach
    void knownCases() {
        data = new InsightTestData(jdbc);
        data.insert();
    }

    @AfterEach
    void removeThem() {
        data.remove();
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
        assertThat(b.received()).isEqualTo(2);
        assertThat(b.answered()).isEqualTo(2);
        assertThat(b.answeredWithDeadline()).as("R9 has no deadline on record").isEqualTo(1);
        assertThat(b.onTimeRate()).as("over the answers with a deadline").isEqualTo(1.0);
        assertThat(b.transfers()).isEqualTo(1);
        assertThat(b.meanRating()).isNull();
        assertThat(b.medianHoursToAnswer()).as("R8 and R9: 08:00 to 09:00 the next day, 3.5 + 4 + 1.5")
                .isEqualTo(9.0);

        UnitFigures.Figures city = table.city();
        assertThat(city.received()).isEqualTo(7);
        assertThat(city.answered()).isEqualTo(5);
        assertThat(city.answeredWithDeadline()).isEqualTo(4);
        assertThat(city.answeredOnTime()).isEqualTo(3);
        assertThat(city.onTimeRate()).isEqualTo(0.75);
        assertThat(city.overdueNow()).isEqualTo(2);
        assertThat(city.medianHoursToAnswer()).as("of 2, 8, 9, 9, 9.5").isEqualTo(9.0);
        assertThat(city.p90HoursToAnswer()).isEqualTo(9.5);
    }

    @Test
    void theWeeklyTrendCountsEachWeekFromMonday() {
        List<WeeklyTrend.Week> weeks = trend.upTo(java.time.LocalDate.of(2026, 6, 14), null, Set.of(A, B));

        assertThat(weeks).hasSize(12);
        assertThat(weeks.get(11).monday()).isEqualTo(java.time.LocalDate.of(2026, 6, 8));
        WeeklyTrend.Week first = weeks.get(10); // 1–7 June: R1, R2 (A) received and answered, R1 on time
        assertThat(first.monday()).isEqualTo(java.time.LocalDate.of(2026, 6, 1));
        assertThat(first.received()).isEqualTo(2);
        assertThat(first.answeredOnTime()).isEqualTo(1);
        assertThat(first.answeredLate()).isEqualTo(1);
        WeeklyTrend.Week second = weeks.get(11); // 8–14 June: R3 (A), R8 (B), both on time
        assertThat(second.received()).isEqualTo(2);
        assertThat(second.answeredOnTime()).isEqualTo(2);
        assertThat(weeks.get(9).received()).as("25–31 May: R6 and R7, both on the 25th").isEqualTo(2);
        WeeklyTrend.Week third = trend.upTo(java.time.LocalDate.of(2026, 6, 21), null, Set.of(A, B)).get(11);
        assertThat(third.received()).as("15–21 June: R9").isEqualTo(1);
        assertThat(third.answered()).as("R9's answer has no deadline on record: neither on time nor late").isZero();
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
}
