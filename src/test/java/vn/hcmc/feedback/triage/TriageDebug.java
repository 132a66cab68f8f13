package vn.hcmc.feedback.triage;

import org.junit.jupiter.api.Test;

class TriageDebug {
    @Test
    void debug() {
        String[] texts = System.getProperty("texts", "").split("\\|\\|");
        for (String t : texts) {
            TriageInput in = new TriageInput(null, t, null, null, null);
            Tokens tokens = TriageFixture.CLASSIFIER.tokens(in);
            System.out.println(String.join(" ", tokens.folded));
            System.out.println(TriageFixture.CLASSIFIER.scores(tokens, null));
            System.out.println(TriageFixture.CLASSIFIER.classify(in));
            StringBuilder hits = new StringBuilder();
            TriageFixture.KEYWORDS.categories().match(tokens, (p, s) -> hits.append(p.group()).append(':').append(p.text()).append(' '));
            TriageFixture.KEYWORDS.urgency().match(tokens, (p, s) -> hits.append("URG:").append(p.text()).append(' '));
            System.out.println(hits);
            System.out.println(TriageFixture.SCREENING.screen(in));
        }
    }
}
