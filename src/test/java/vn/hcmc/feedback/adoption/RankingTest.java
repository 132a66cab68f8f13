package vn.hcmc.feedback.adoption;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** The ranking rule on its own: rate, then the date the target was first reached, units without a report last. */
class RankingTest {

    static final Instant T0 = Instant.parse("2025-01-06T01:00:00Z");

    @Test
    void sameRateIsDecidedByTheEarlierFirstReachedDateAndSilentUnitsComeLast() {
        CampaignUnit late = unit("late", T0.plus(Duration.ofDays(9)));
        CampaignUnit early = unit("early", T0.plus(Duration.ofDays(2)));
        CampaignUnit below = unit("below", null);
        CampaignUnit silent = unit("silent", null);
        CampaignUnit fractional = unit("fractional", T0.plus(Duration.ofDays(1)));
        Map<String, ProgressReport> latest = Map.of(
                "late", report("late", 30, 30),
                "early", report("early", 50, 50),
                "below", report("below", 50, 49),
                "fractional", report("fractional", 100, 90));

        List<Ranking.Place> places = Ranking.rank(List.of(silent, late, below, early, fractional), latest);

        assertThat(places).extracting(Ranking.Place::unitCode)
                .containsExactly("early", "late", "below", "fractional", "silent");
        assertThat(places).extracting(Ranking.Place::position).containsExactly(1, 2, 3, 4, 5);
        assertThat(places.get(4).reported()).isFalse();
        assertThat(places.get(4).staffRate()).isNull();
        assertThat(places.get(2).staffRate()).isEqualTo(98.0);
    }

    @Test
    void equalRatesFromDifferentHeadcountsTieAndNeverReachedComesAfterReached() {
        CampaignUnit a = unit("a", null);
        CampaignUnit b = unit("b", T0);
        List<Ranking.Place> places = Ranking.rank(List.of(a, b),
                Map.of("a", report("a", 50, 45), "b", report("b", 100, 90)));
        assertThat(places).extracting(Ranking.Place::unitCode).containsExactly("b", "a");
    }

    private static CampaignUnit unit(String code, Instant firstReached) {
        CampaignUnit unit = new CampaignUnit(1L, code, null);
        ReflectionTestUtils.setField(unit, "firstReachedAt", firstReached);
        return unit;
    }

    private static ProgressReport report(String code, int headcount, int installed) {
        return new ProgressReport(1L, code, 1, new ProgressFigures(headcount, installed, 0L, null), "x", T0);
    }
}
