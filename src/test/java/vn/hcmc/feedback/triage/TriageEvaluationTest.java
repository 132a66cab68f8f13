package vn.hcmc.feedback.triage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import vn.hcmc.feedback.directory.Unit;

/**
 * Triage quality through the real pipeline (classifier, screening, ward lookup, manual decision) on the development
 * corpus and on sentences written apart from it. The ward comes from the report's {@code ward} text (given as the
 * address) or from the description. Run: {@code ./mvnw -q -B test -Dtest=TriageEvaluationTest}.
 *
 * <p>Targets: category accuracy >= 90% counting only automatic decisions, at most 20% sent to manual triage, urgent
 * recall >= 90%; ward accuracy >= 90% on the reports with an expected {@code unit} (a code of units.yaml; a code
 * that is not one fails the test, so a typo cannot hide a miss).
 */
class TriageEvaluationTest {

    record Report(int line, String title, String description, String ward, String category, boolean urgent,
                  String lang, String unit) {
    }

    record Figures(String name, int total, int automatic, int correctAutomatic, int manual, int urgent,
                   int urgentFound, int flaggedUrgent, int correctOverall, int wardExpected, int wardRight,
                   int wardWrong) {

        double accuracy() {
            return automatic == 0 ? 1 : (double) correctAutomatic / automatic;
        }

        double manualShare() {
            return total == 0 ? 0 : (double) manual / total;
        }

        double urgentRecall() {
            return urgent == 0 ? 1 : (double) urgentFound / urgent;
        }

        double urgentPrecision() {
            return flaggedUrgent == 0 ? 1 : (double) urgentFound / flaggedUrgent;
        }

        /** Share of the reports with an expected unit that got exactly that unit. */
        double wardAccuracy() {
            return wardExpected == 0 ? 1 : (double) wardRight / wardExpected;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-24s n=%3d  accuracy(auto)=%5.1f%% (%d/%d)  manual=%5.1f%% (%d)  "
                            + "urgent recall=%5.1f%% (%d/%d) precision=%5.1f%% (%d flagged)  "
                            + "accuracy(all, top category)=%5.1f%%",
                    name, total, 100 * accuracy(), correctAutomatic, automatic, 100 * manualShare(), manual,
                    100 * urgentRecall(), urgentFound, urgent, 100 * urgentPrecision(), flaggedUrgent,
                    100.0 * correctOverall / Math.max(1, total));
        }

        String wards() {
            return String.format(Locale.ROOT, "%-24s ward accuracy=%5.1f%% (%d/%d with an expected unit, %d given "
                    + "another unit, the rest none)", name, 100 * wardAccuracy(), wardRight, wardExpected, wardWrong);
        }
    }

    @Test
    void developmentCorpusMeetsTheTargets() throws IOException {
        assertTargets(evaluate("triage/reports-dev.jsonl", "reports-dev.jsonl"));
    }

    @Test
    void extraSentencesMeetTheTargets() throws IOException {
        assertTargets(evaluate("triage/reports-extra.jsonl", "reports-extra.jsonl"));
    }

    @Test
    void sentencesNamingTheNewUnitsMeetTheTargets() throws IOException {
        assertTargets(evaluate("triage/reports-units.jsonl", "reports-units.jsonl"));
    }

    @Test
    void blindSentencesMeetTheTargets() throws IOException {
        assertTargets(evaluate("triage/reports-blind.jsonl", "reports-blind.jsonl"));
    }

    /** Written before the danger combinations and measured once unseen (docs/triage.md); tuned on since. */
    @Test
    void blindSentencesNamingTheNewUnitsMeetTheTargets() throws IOException {
        assertTargets(evaluate("triage/reports-units-blind.jsonl", "reports-units-blind.jsonl"));
    }

    /**
     * 200 reports written blind (all 16 categories, the urgency families of issue 14 and their look-alikes), measured
     * ONCE unseen with the rules of commit ba77556: accuracy(auto) 88.9% (160/180), manual 10.0%, urgent recall 82.2%
     * (37/45), precision 84.1%, ward accuracy 100%; English urgent recall 55.6% (5/9), accuracy 85.7%. It missed the
     * targets; the rules were then tuned on it, so it is development data now (docs/triage.md).
     */
    @Test
    void holdoutSentencesMeetTheTargets() throws IOException {
        assertTargets(evaluate("triage/reports-holdout.jsonl", "reports-holdout.jsonl"));
    }

    /**
     * The second held-out set, written blind (its writer saw neither the rules nor the other files) while the rules
     * were tuned on reports-holdout, and measured once unseen at the end of that session (docs/triage.md).
     */
    @Test
    void secondHeldOutSetMeetsTheTargets() throws IOException {
        assertTargets(evaluate("triage/reports-holdout-2.jsonl", "reports-holdout-2.jsonl"));
    }

    private static void assertTargets(Figures figures) {
        assertThat(figures.accuracy()).as("category accuracy of automatic decisions, " + figures.name())
                .isGreaterThanOrEqualTo(0.90);
        assertThat(figures.manualShare()).as("share sent to manual triage, " + figures.name()).isLessThanOrEqualTo(0.20);
        assertThat(figures.urgentRecall()).as("urgent recall, " + figures.name()).isGreaterThanOrEqualTo(0.90);
        assertThat(figures.wardAccuracy()).as("ward accuracy on the reports with an expected unit, " + figures.name())
                .isGreaterThanOrEqualTo(0.90);
    }

    private Figures evaluate(String resource, String name) throws IOException {
        List<Report> reports = read(resource);
        List<String> errors = new ArrayList<>();
        Map<String, Integer> confusion = new TreeMap<>();
        Map<String, Integer> reasons = new TreeMap<>();
        Figures all = figures(name, reports, r -> true, errors, confusion, reasons);
        System.out.println();
        System.out.println("=== Triage evaluation: " + name + " (min-confidence "
                + TriageProperties.DEFAULT_MIN_CONFIDENCE + ") ===");
        System.out.println(all);
        System.out.println(all.wards());
        System.out.println(figures("  odd lines", reports, r -> r.line() % 2 == 1, null, null, null));
        System.out.println(figures("  even lines", reports, r -> r.line() % 2 == 0, null, null, null));
        for (String lang : List.of("vi", "vi-nodiacritics", "en")) {
            System.out.println(figures("  lang " + lang, reports, r -> lang.equals(r.lang()), null, null, null));
        }
        System.out.println("manual reasons: " + reasons);
        System.out.println("confusion (expected -> decided [manual?]: count): " + confusion);
        errors.forEach(System.out::println);
        return all;
    }

    private Figures figures(String name, List<Report> reports, Predicate<Report> filter, List<String> errors,
                            Map<String, Integer> confusion, Map<String, Integer> reasons) {
        int total = 0;
        int automatic = 0;
        int correctAutomatic = 0;
        int manual = 0;
        int urgent = 0;
        int urgentFound = 0;
        int flaggedUrgent = 0;
        int correctOverall = 0;
        int wardExpected = 0;
        int wardRight = 0;
        int wardWrong = 0;
        for (Report r : reports) {
            if (!filter.test(r)) {
                continue;
            }
            total++;
            TriageOutcome outcome = TriageFixture.TRIAGE.triage(
                    new TriageInput(r.title(), r.description(), null, null, r.ward()), null, null, null);
            List<String> manualReasons = outcome.manualReasons();
            boolean right = outcome.category().equals(r.category());
            correctOverall += right ? 1 : 0;
            if (!manualReasons.isEmpty()) {
                manual++;
                if (reasons != null) {
                    manualReasons.forEach(m -> reasons.merge(m, 1, Integer::sum));
                }
            } else {
                automatic++;
                correctAutomatic += right ? 1 : 0;
            }
            urgent += r.urgent() ? 1 : 0;
            flaggedUrgent += outcome.urgent() ? 1 : 0;
            urgentFound += r.urgent() && outcome.urgent() ? 1 : 0;
            String ward = outcome.ward().map(Unit::code).orElse(null);
            boolean wardMiss = false;
            if (r.unit() != null) {
                wardExpected++;
                if (r.unit().equals(ward)) {
                    wardRight++;
                } else {
                    wardWrong += ward != null ? 1 : 0;
                    wardMiss = true;
                }
            }
            if (confusion != null && (!right || !manualReasons.isEmpty())) {
                confusion.merge(r.category() + " -> " + outcome.category()
                        + (!manualReasons.isEmpty() ? " [manual]" : ""), 1, Integer::sum);
            }
            if (errors != null && (!right || !manualReasons.isEmpty() || r.urgent() != outcome.urgent() || wardMiss)) {
                List<String> signals = TriageFixture.CLASSIFIER.classify(
                        new TriageInput(r.title(), r.description(), null, null, r.ward())).urgencySignals();
                errors.add(String.format(Locale.ROOT, "  line %3d %-22s -> %-22s conf=%.2f urgent=%s/%s%s %s%s | %s | %s",
                        r.line(), r.category(), outcome.category(), outcome.confidence(), r.urgent(),
                        outcome.urgent(), signals.isEmpty() ? "" : " " + signals, manualReasons,
                        wardMiss ? " unit " + r.unit() + " -> " + ward : "", r.title(), abbreviate(r.description())));
            }
        }
        return new Figures(name, total, automatic, correctAutomatic, manual, urgent, urgentFound, flaggedUrgent,
                correctOverall, wardExpected, wardRight, wardWrong);
    }

    private static String abbreviate(String s) {
        return s.length() <= 110 ? s : s.substring(0, 110) + "…";
    }

    private static List<Report> read(String resource) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Report> reports = new ArrayList<>();
        try (InputStream in = TriageEvaluationTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = reader.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = json.readTree(line);
                reports.add(new Report(n, text(node, "title"), node.path("description").asText(),
                        text(node, "ward"), node.path("category").asText(), node.path("urgent").asBoolean(),
                        node.path("lang").asText("vi"), text(node, "unit")));
                String unit = reports.get(reports.size() - 1).unit();
                assertThat(unit == null || TriageFixture.DIRECTORY.isUnit(unit))
                        .as("%s line %d: expected unit '%s' is not a code of units.yaml", resource, n, unit).isTrue();
            }
        }
        assertThat(reports).as(resource).isNotEmpty();
        return reports;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }
}
