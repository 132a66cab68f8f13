package vn.hcmc.feedback.survey;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The aggregated results of a closed survey, as stored at closing and shown after publication. */
public record SurveyResultsView(
        long surveyId,
        String titleVi,
        String titleEn,
        long answerCount,
        Instant opensAt,
        Instant closedAt,
        Instant computedAt,
        String conclusion,
        Instant publishedAt,
        List<QuestionResult> questions,
        List<UnitResult> units,
        Sources sources) {

    /**
     * Where the answers came from (issue 16, finding 4), to show ballot stuffing: of the {@code answersWithAddress}
     * answers whose network address is on record, how many distinct {@code addresses} sent them, and the most
     * answers sent from any single address. Many people share an address (a mobile carrier's, an office's), so a
     * large share from one address is a question to ask, not a proof. Null in results computed before.
     */
    public record Sources(long answersWithAddress, long addresses, long mostFromOneAddress) {
    }

    /**
     * One question's results. {@code respondents}: answers that answered it. Choice questions have {@code choices}
     * (percent of respondents); ratings and numbers {@code mean}, {@code min}, {@code max} and {@code distribution};
     * free text {@code textCount} and the first {@code texts}, redacted (all of them are in the CSV export).
     */
    public record QuestionResult(String id, QuestionType type, String textVi, String textEn, long respondents,
                                 List<ChoiceCount> choices, Double mean, Double min, Double max,
                                 List<Bucket> distribution, Long textCount, List<String> texts) {
    }

    public record ChoiceCount(String id, String labelVi, String labelEn, long count, double percent) {
    }

    /** Answers with a value from {@code from} (inclusive) to {@code to} (exclusive, inclusive for the last). */
    public record Bucket(double from, double to, long count) {
    }

    /** Per-unit breakdown: answers, choice counts per question, means of ratings and numbers. */
    public record UnitResult(String unit, String nameVi, String nameEn, long answerCount,
                             Map<String, Map<String, Long>> choices, Map<String, Double> means) {
    }

    SurveyResultsView published(String conclusion, Instant publishedAt) {
        return new SurveyResultsView(surveyId, titleVi, titleEn, answerCount, opensAt, closedAt, computedAt,
                conclusion, publishedAt, questions, units, sources);
    }
}
