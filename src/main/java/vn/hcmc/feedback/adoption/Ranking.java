package vn.hcmc.feedback.adoption;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The order of units at the deadline: by the share of staff who installed the app (highest first), then by the
 * moment they first reached the target (earliest first; never reached after), then by unit code so that the order
 * is stable; units that never reported come last.
 */
public final class Ranking {

    /** A unit's place; figures are those of its latest report, null when it never reported. */
    public record Place(int position, String unitCode, boolean reported, Integer headcount, Integer staffInstalled,
                        Long residentsReached, Double staffRate, Instant firstReachedAt) {
    }

    private record Candidate(CampaignUnit unit, ProgressReport latest) {
    }

    private static final Comparator<Candidate> ORDER = Comparator
            .comparing((Candidate c) -> c.latest() == null)
            .thenComparing(c -> c.latest() == null ? 0 : -c.latest().staffRate())
            .thenComparing(c -> c.unit().getFirstReachedAt(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(c -> c.unit().getUnitCode());

    private Ranking() {
    }

    /** Ranks the units given each one's latest report (absent for units that never reported). */
    public static List<Place> rank(List<CampaignUnit> units, Map<String, ProgressReport> latestByUnit) {
        List<Candidate> candidates = new ArrayList<>(units.stream()
                .map(u -> new Candidate(u, latestByUnit.get(u.getUnitCode()))).toList());
        candidates.sort(ORDER);
        List<Place> places = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            ProgressReport r = c.latest();
            places.add(r == null
                    ? new Place(i + 1, c.unit().getUnitCode(), false, null, null, null, null, null)
                    : new Place(i + 1, c.unit().getUnitCode(), true, r.getHeadcount(), r.getStaffInstalled(),
                            r.getResidentsReached(), r.staffRate(), c.unit().getFirstReachedAt()));
        }
        return places;
    }
}
