package vn.hcmc.feedback.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The danger score of a report (see {@code urgency} in triage-keywords.yaml): the weights of the danger signals
 * found, each once, plus the weights of the combinations found. A combination is a hazard with the people it
 * endangers now ("nước máy" with "tiêu chảy", water "tràn vào phòng" with "trẻ sơ sinh", a live wire with water). A
 * signal or a term right after a hedge ("sợ", "nếu", "sau này": a fear for later, not a danger now) does not count.
 */
final class DangerSignals {

    private final TriageKeywords keywords;

    DangerSignals(TriageKeywords keywords) {
        this.keywords = keywords;
    }

    /** The danger score; the positive signals and the combinations found are added to {@code found}. */
    double score(Tokens tokens, Set<String> found) {
        boolean[] hedged = hedged(tokens);
        boolean[] seen = new boolean[keywords.urgency().size()];
        double[] sum = {0};
        keywords.urgency().match(tokens, (phrase, start) -> {
            boolean positive = phrase.weight() > 0;
            if (seen[phrase.id()] || (positive && hedged[start])) {
                return;
            }
            seen[phrase.id()] = true;
            sum[0] += phrase.weight();
            if (positive) {
                found.add(phrase.text());
            }
        });
        List<List<Integer>> positions = termPositions(tokens, hedged);
        for (TriageKeywords.Combination c : keywords.combinations()) {
            if (matches(c, positions)) {
                sum[0] += c.weight();
                found.add(c.name());
            }
        }
        return sum[0];
    }

    /** Words within hedgeWindow words after a hedge phrase. */
    private boolean[] hedged(Tokens tokens) {
        boolean[] hedged = new boolean[tokens.size];
        int window = keywords.hedgeWindow();
        keywords.hedges().match(tokens, (phrase, start) -> {
            int from = start + phrase.folded().length;
            for (int i = from; i < Math.min(tokens.size, from + window); i++) {
                hedged[i] = true;
            }
        });
        return hedged;
    }

    /** Start positions of the unhedged phrases of each danger term list. */
    private List<List<Integer>> termPositions(Tokens tokens, boolean[] hedged) {
        List<List<Integer>> positions = new ArrayList<>(keywords.dangerTermCount());
        for (int i = 0; i < keywords.dangerTermCount(); i++) {
            positions.add(new ArrayList<>(2));
        }
        if (keywords.combinations().isEmpty()) {
            return positions;
        }
        keywords.dangerTerms().match(tokens, (phrase, start) -> {
            if (!hedged[start]) {
                positions.get(keywords.dangerTermIndex(phrase)).add(start);
            }
        });
        return positions;
    }

    /** A phrase of the first list with, for every other list, a phrase near enough (anywhere when within is 0). */
    private static boolean matches(TriageKeywords.Combination c, List<List<Integer>> positions) {
        for (int anchor : positions.get(c.lists()[0])) {
            boolean all = true;
            for (int k = 1; k < c.lists().length && all; k++) {
                all = near(positions.get(c.lists()[k]), anchor, c.within());
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static boolean near(List<Integer> starts, int anchor, int within) {
        for (int s : starts) {
            if (within == 0 || Math.abs(s - anchor) <= within) {
                return true;
            }
        }
        return false;
    }
}
