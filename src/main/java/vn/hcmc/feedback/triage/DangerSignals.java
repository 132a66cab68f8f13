package vn.hcmc.feedback.triage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The danger score of a report (see {@code urgency} in triage-keywords.yaml): the weights of the danger signals
 * found, each once, plus the weights of the combinations found. A combination is a hazard with the people it
 * endangers now ("nước máy" with "tiêu chảy", water "tràn vào phòng" with "trẻ sơ sinh", a live wire with water). A
 * signal or a term right after a hedge ("sợ", "nếu", "sau này": a fear for later, not a danger now) does not count,
 * nor one inside the name of a thing ("trụ nước chữa cháy" is a hydrant, "nút gọi khẩn cấp" a button). Emphasis
 * ("gấp", "khẩn cấp", "ngay") stresses a danger: it counts only when a danger signal or combination was found, so
 * "cần gấp để làm thủ tục" is not urgent. When the report says the danger is over or handled ("đã dập tắt", "nobody
 * was hurt"), the signals count as the strongest one only and the weights of those words are subtracted.
 */
final class DangerSignals {

    private final TriageKeywords keywords;

    DangerSignals(TriageKeywords keywords) {
        this.keywords = keywords;
    }

    /** The danger score; the positive signals and the combinations found are added to {@code found}. */
    double score(Tokens tokens, Set<String> found) {
        boolean[] named = named(tokens);
        boolean[] hedged = hedged(tokens, named);
        double[] danger = {0};
        double[] positive = {0};
        double strongest = sum(keywords.urgency(), tokens, hedged, named, found, danger, positive);
        double[] over = {0};
        sum(keywords.over(), tokens, new boolean[tokens.size], named, new HashSet<>(), over, new double[1]);
        if (over[0] > 0) {
            danger[0] += strongest - positive[0] - over[0];
        }
        List<List<Integer>> positions = termPositions(tokens, hedged);
        for (TriageKeywords.Combination c : keywords.combinations()) {
            if (matches(c, positions)) {
                danger[0] += c.weight();
                positive[0] += c.weight();
                found.add(c.name());
            }
        }
        if (positive[0] == 0) {
            return danger[0];
        }
        double[] stress = {0};
        sum(keywords.emphasis(), tokens, hedged, named, found, stress, new double[1]);
        return danger[0] + stress[0];
    }

    /**
     * Adds each phrase of {@code set} found once; a positive one right after a hedge or inside a name does not count.
     * Returns the weight of the strongest positive phrase found.
     */
    private static double sum(PhraseSet set, Tokens tokens, boolean[] hedged, boolean[] named, Set<String> found,
                            double[] total, double[] positive) {
        boolean[] seen = new boolean[set.size()];
        double[] strongest = {0};
        set.match(tokens, (phrase, start) -> {
            boolean isPositive = phrase.weight() > 0;
            if (seen[phrase.id()] || (isPositive && hedged[start])) {
                return;
            }
            seen[phrase.id()] = true;
            total[0] += phrase.weight();
            if (isPositive) {
                positive[0] += phrase.weight();
                strongest[0] = Math.max(strongest[0], phrase.weight());
                found.add(phrase.text());
            }
        });
        return strongest[0];
    }

    /** Words inside the name of a thing or a feature. */
    private boolean[] named(Tokens tokens) {
        boolean[] named = new boolean[tokens.size];
        keywords.names().match(tokens, (phrase, start) -> {
            for (int i = start; i < Math.min(tokens.size, start + phrase.folded().length); i++) {
                named[i] = true;
            }
        });
        return named;
    }

    /** Words within hedgeWindow words after a hedge phrase, and the words of names (they count as hedged). */
    private boolean[] hedged(Tokens tokens, boolean[] named) {
        boolean[] hedged = named.clone();
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
