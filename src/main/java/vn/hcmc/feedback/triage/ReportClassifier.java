package vn.hcmc.feedback.triage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Classifies a report by weighted keywords of {@code triage-keywords.yaml} over its title, description and attachment
 * text, folded (no diacritics) after abbreviations and typo corrections. Each keyword counts once, more in the title
 * and less in an attachment; the citizen's own category adds a bonus. The confidence is a calibrated function of the
 * best score and of its margin over the second best. Urgency is a danger score ({@link DangerSignals}) against a
 * threshold.
 */
@Service
public class ReportClassifier {

    public static final String OTHER = "other";

    private final TriageKeywords keywords;
    private final DangerSignals danger;

    public ReportClassifier(TriageKeywords keywords) {
        this.keywords = keywords;
        this.danger = new DangerSignals(keywords);
    }

    public Classification classify(TriageInput input) {
        Tokens tokens = tokens(input);
        return classify(tokens, input.citizenCategory());
    }

    Tokens tokens(TriageInput input) {
        String body = input.address() == null ? input.description()
                : input.description() == null ? input.address() : input.description() + "\n" + input.address();
        return Tokens.of(keywords, input.title(), body, input.attachmentText());
    }

    Classification classify(Tokens tokens, String citizenCategory) {
        Scores scores = scores(tokens, citizenCategory);
        Set<String> signals = new LinkedHashSet<>();
        boolean urgent = danger.score(tokens, signals) >= keywords.settings().urgency().threshold();
        List<String> signalList = urgent ? new ArrayList<>(signals) : List.of();
        if (scores.best < 0 || scores.top <= 0) {
            return new Classification(OTHER, 0.0, urgent, signalList);
        }
        return new Classification(keywords.categoryCodes().get(scores.best), confidence(scores.top, scores.second),
                urgent, signalList);
    }

    /** Per-category scores, exposed for the evaluation's confusion summary. */
    Scores scores(Tokens tokens, String citizenCategory) {
        TriageKeywords.File settings = keywords.settings();
        List<String> codes = keywords.categoryCodes();
        double[] factor = new double[keywords.categories().size()];
        List<PhraseSet.Phrase> found = new ArrayList<>();
        keywords.categories().match(tokens, (phrase, start) -> {
            double f = switch (tokens.part[start]) {
                case Tokens.TITLE -> settings.titleFactor();
                case Tokens.ATTACHMENT -> settings.attachmentFactor();
                default -> 1.0;
            };
            if (factor[phrase.id()] == 0) {
                found.add(phrase);
            }
            factor[phrase.id()] = Math.max(factor[phrase.id()], f);
        });
        double[] score = new double[codes.size()];
        for (PhraseSet.Phrase phrase : found) {
            score[keywords.categoryIndex(phrase)] += phrase.weight() * factor[phrase.id()];
        }
        int hint = citizenCategory == null ? -1 : codes.indexOf(citizenCategory);
        if (hint >= 0) {
            score[hint] += settings.hintBonus();
        }
        return new Scores(codes, score);
    }

    double confidence(double top, double second) {
        TriageKeywords.Confidence c = keywords.settings().confidence();
        double margin = (top - Math.max(0, second)) / top;
        double z = c.bias() + c.score() * Math.log1p(top) + c.margin() * margin;
        return 1 / (1 + Math.exp(-z));
    }

    /** Scores per category code, the best one and the runner-up. */
    static final class Scores {
        final List<String> codes;
        final double[] score;
        final int best;
        final int runnerUp;
        final double top;
        final double second;

        Scores(List<String> codes, double[] score) {
            this.codes = codes;
            this.score = score;
            int b = -1;
            int r = -1;
            for (int i = 0; i < score.length; i++) {
                if (b < 0 || score[i] > score[b]) {
                    r = b;
                    b = i;
                } else if (r < 0 || score[i] > score[r]) {
                    r = i;
                }
            }
            this.best = b;
            this.runnerUp = r;
            this.top = b < 0 ? 0 : score[b];
            this.second = r < 0 ? 0 : score[r];
        }

        @Override
        public String toString() {
            return codes.get(best) + "=" + top + (runnerUp >= 0 ? " " + codes.get(runnerUp) + "=" + second : "")
                    + " " + Arrays.toString(score);
        }
    }
}
