package vn.hcmc.feedback.survey;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import vn.hcmc.feedback.directory.Unit;
import vn.hcmc.feedback.directory.UnitDirectory;
import vn.hcmc.feedback.survey.SurveyResultsView.Bucket;
import vn.hcmc.feedback.survey.SurveyResultsView.ChoiceCount;
import vn.hcmc.feedback.survey.SurveyResultsView.QuestionResult;
import vn.hcmc.feedback.survey.SurveyResultsView.UnitResult;
import vn.hcmc.feedback.system.EngineClock;
import vn.hcmc.feedback.system.Refusal;

/**
 * Aggregates a closed survey's answers with a handful of GROUP BY queries in the database (never row by row in
 * Java), stores the results once, shows them, and exports every answer as CSV.
 */
@Service
public class SurveyResults {

    /** Free-text answers shown per question in the results; the CSV export has all of them. */
    static final int TEXTS_SHOWN = 100;
    static final int BUCKETS = 10;
    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(EngineClock.CITY_ZONE);

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;
    private final SurveyService surveys;
    private final UnitDirectory directory;
    private final ObjectMapper json;
    private final Clock clock;

    SurveyResults(JdbcTemplate jdbc, DataSource dataSource, SurveyService surveys, UnitDirectory directory,
                  ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(2000);
        this.surveys = surveys;
        this.directory = directory;
        this.json = json;
        this.clock = clock;
    }

    /** Computes and stores the results of a closed survey; running it again replaces them (jobs run at least once). */
    @Transactional
    public SurveyResultsView aggregate(long surveyId) {
        Survey survey = surveys.get(surveyId);
        SurveyContent content = surveys.content(survey);
        SurveyResultsView view = compute(survey, content);
        jdbc.update("delete from survey_result where survey_id = ?", surveyId);
        jdbc.update("insert into survey_result (survey_id, answer_count, computed_at, results) values (?, ?, ?, ?)",
                surveyId, view.answerCount(), Timestamp.from(view.computedAt()), write(view));
        return view;
    }

    SurveyResultsView compute(Survey survey, SurveyContent content) {
        long id = survey.getId();
        Map<String, Long> unitCounts = new TreeMap<>();
        jdbc.query("select unit_code, count(*) from survey_answer where survey_id = ? group by unit_code",
                rs -> { unitCounts.put(rs.getString(1), rs.getLong(2)); }, id);
        long total = unitCounts.values().stream().mapToLong(Long::longValue).sum();

        // question -> unit -> choice -> count
        Map<String, Map<String, Map<String, Long>>> choices = new HashMap<>();
        jdbc.query("select question_id, unit_code, choice, count(*) from survey_answer_item where survey_id = ? "
                + "and choice is not null group by question_id, unit_code, choice", rs -> {
                    choices.computeIfAbsent(rs.getString(1), k -> new TreeMap<>())
                            .computeIfAbsent(rs.getString(2), k -> new HashMap<>()).put(rs.getString(3), rs.getLong(4));
                }, id);
        // question -> unit -> {count, sum, min, max}
        Map<String, Map<String, double[]>> numbers = new HashMap<>();
        jdbc.query("select question_id, unit_code, count(*), sum(num), min(num), max(num) from survey_answer_item "
                + "where survey_id = ? and num is not null group by question_id, unit_code", rs -> {
                    numbers.computeIfAbsent(rs.getString(1), k -> new TreeMap<>()).put(rs.getString(2),
                            new double[] {rs.getLong(3), rs.getDouble(4), rs.getDouble(5), rs.getDouble(6)});
                }, id);
        Map<String, Long> multiRespondents = new HashMap<>();
        jdbc.query("select question_id, count(distinct answer_id) from survey_answer_item where survey_id = ? "
                + "and choice is not null group by question_id", rs -> {
                    multiRespondents.put(rs.getString(1), rs.getLong(2));
                }, id);

        List<QuestionResult> questions = new ArrayList<>();
        for (Question q : content.questions()) {
            questions.add(switch (q.type()) {
                case SINGLE_CHOICE, MULTIPLE_CHOICE -> choiceResult(q, choices.getOrDefault(q.id(), Map.of()),
                        multiRespondents.getOrDefault(q.id(), 0L));
                case RATING, NUMBER -> numberResult(id, q, numbers.getOrDefault(q.id(), Map.of()));
                case FREE_TEXT -> textResult(id, q);
            });
        }
        List<UnitResult> units = new ArrayList<>();
        unitCounts.forEach((unit, count) -> {
            Map<String, Map<String, Long>> unitChoices = new LinkedHashMap<>();
            Map<String, Double> unitMeans = new LinkedHashMap<>();
            for (Question q : content.questions()) {
                Map<String, Long> c = choices.getOrDefault(q.id(), Map.of()).get(unit);
                if (c != null) {
                    unitChoices.put(q.id(), new TreeMap<>(c));
                }
                double[] n = numbers.getOrDefault(q.id(), Map.of()).get(unit);
                if (n != null && n[0] > 0) {
                    unitMeans.put(q.id(), round(n[1] / n[0], 2));
                }
            }
            Unit known = directory.unit(unit).orElse(null);
            units.add(new UnitResult(unit, known == null ? unit : known.nameVi(), known == null ? unit : known.nameEn(),
                    count, unitChoices, unitMeans));
        });
        return new SurveyResultsView(id, survey.getTitleVi(), survey.getTitleEn(), total, survey.getOpensAt(),
                survey.getClosedAt(), clock.instant(), null, null, questions, units, sources(id));
    }

    private SurveyResultsView.Sources sources(long surveyId) {
        long[] totals = new long[2];
        jdbc.query("select count(source_key), count(distinct source_key) from survey_answer where survey_id = ?",
                rs -> { totals[0] = rs.getLong(1); totals[1] = rs.getLong(2); }, surveyId);
        Long most = jdbc.queryForObject("select max(n) from (select count(*) as n from survey_answer "
                + "where survey_id = ? and source_key is not null group by source_key) t", Long.class, surveyId);
        return new SurveyResultsView.Sources(totals[0], totals[1], most == null ? 0 : most);
    }

    private static QuestionResult choiceResult(Question q, Map<String, Map<String, Long>> byUnit, long distinct) {
        Map<String, Long> totals = new HashMap<>();
        byUnit.values().forEach(m -> m.forEach((choice, n) -> totals.merge(choice, n, Long::sum)));
        long respondents = q.type() == QuestionType.SINGLE_CHOICE
                ? totals.values().stream().mapToLong(Long::longValue).sum() : distinct;
        List<ChoiceCount> counts = q.choiceList().stream().map(c -> {
            long n = totals.getOrDefault(c.id(), 0L);
            return new ChoiceCount(c.id(), c.labelVi(), c.labelEn(), n,
                    respondents == 0 ? 0.0 : round(100.0 * n / respondents, 1));
        }).toList();
        return new QuestionResult(q.id(), q.type(), q.textVi(), q.textEn(), respondents, counts, null, null, null,
                null, null, null);
    }

    private QuestionResult numberResult(long surveyId, Question q, Map<String, double[]> byUnit) {
        long count = 0;
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] n : byUnit.values()) {
            count += (long) n[0];
            sum += n[1];
            min = Math.min(min, n[2]);
            max = Math.max(max, n[3]);
        }
        List<Bucket> distribution = count == 0 ? List.of() : distribution(surveyId, q);
        return new QuestionResult(q.id(), q.type(), q.textVi(), q.textEn(), count, null,
                count == 0 ? null : round(sum / count, 2), count == 0 ? null : min, count == 0 ? null : max,
                distribution, null, null);
    }

    /** Ratings and small whole-number ranges: one bucket per value; other numbers: ten equal buckets. */
    private List<Bucket> distribution(long surveyId, Question q) {
        double lo = q.type() == QuestionType.RATING ? Question.RATING_MIN : q.min();
        double hi = q.type() == QuestionType.RATING ? Question.RATING_MAX : q.max();
        boolean perValue = q.type() == QuestionType.RATING || (q.integerOnly() && hi - lo <= 20);
        List<Bucket> buckets = new ArrayList<>();
        if (perValue) {
            Map<Double, Long> counts = new HashMap<>();
            jdbc.query("select num, count(*) from survey_answer_item where survey_id = ? and question_id = ? "
                    + "and num is not null group by num", rs -> { counts.put(rs.getDouble(1), rs.getLong(2)); },
                    surveyId, q.id());
            for (double v = lo; v <= hi; v++) {
                buckets.add(new Bucket(v, v, counts.getOrDefault(v, 0L)));
            }
            return buckets;
        }
        double width = (hi - lo) / BUCKETS;
        long[] counts = new long[BUCKETS];
        jdbc.query("select b, count(*) from (select floor((num - ?) / ?) as b from survey_answer_item "
                + "where survey_id = ? and question_id = ? and num is not null) t group by b", rs -> {
                    int b = (int) Math.max(0, Math.min(BUCKETS - 1, rs.getLong(1)));
                    counts[b] += rs.getLong(2);
                }, lo, width, surveyId, q.id());
        for (int i = 0; i < BUCKETS; i++) {
            buckets.add(new Bucket(round(lo + i * width, 6), round(lo + (i + 1) * width, 6), counts[i]));
        }
        return buckets;
    }

    private QuestionResult textResult(long surveyId, Question q) {
        Long count = jdbc.queryForObject("select count(*) from survey_answer_item where survey_id = ? "
                + "and question_id = ? and free_text is not null", Long.class, surveyId, q.id());
        List<String> texts = jdbc.queryForList("select free_text from survey_answer_item where survey_id = ? "
                + "and question_id = ? and free_text is not null order by answer_id fetch first " + TEXTS_SHOWN
                + " rows only", String.class, surveyId, q.id());
        return new QuestionResult(q.id(), q.type(), q.textVi(), q.textEn(), count == null ? 0 : count, null, null,
                null, null, null, count, texts);
    }

    /** The stored results of a closed survey, with the conclusion once published; 409 while not yet aggregated. */
    @Transactional(readOnly = true)
    public SurveyResultsView view(Survey survey) {
        List<String> stored = jdbc.queryForList("select results from survey_result where survey_id = ?",
                String.class, survey.getId());
        if (stored.isEmpty()) {
            throw Refusal.conflict("results-not-ready", "The results of survey " + survey.getId()
                    + " are not aggregated yet (the survey is " + survey.getStatus() + ").");
        }
        try {
            return json.readValue(stored.get(0), SurveyResultsView.class)
                    .published(survey.getConclusion(), survey.getPublishedAt());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored results of survey " + survey.getId() + " are not readable", e);
        }
    }

    /**
     * The download of every answer of a closed survey as CSV (409 while its results are not aggregated), for the
     * staff API and the staff survey view alike.
     */
    public ResponseEntity<StreamingResponseBody> csvDownload(Survey survey) {
        SurveyService.requireStatus(survey, "read the results of", SurveyStatus.CLOSED, SurveyStatus.PUBLISHED);
        view(survey); // 409 until aggregated
        StreamingResponseBody body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            exportCsv(survey, writer);
            writer.flush();
        };
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"survey-" + survey.getId()
                        + "-answers.csv\"")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(body);
    }

    /**
     * Every answer as one CSV line (UTF-8, with a byte-order mark for spreadsheet programs): answer number, time in
     * Ho Chi Minh City, unit, address group (the keyed hash of the network address it came from: answers from one
     * address share it), one column per question (choices of a multiple-choice question joined by '|').
     */
    @Transactional(readOnly = true)
    public void exportCsv(Survey survey, Writer out) {
        List<Question> questions = surveys.content(survey).questions();
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            column.put(questions.get(i).id(), i);
        }
        try {
            out.write('\uFEFF');
            List<String> header = new ArrayList<>(List.of("answer", "submitted_at", "unit", "address_group"));
            questions.forEach(q -> header.add(q.id()));
            writeLine(out, header);
            Row row = new Row(questions.size());
            streaming.query("select a.id, a.submitted_at, a.unit_code, i.question_id, i.choice, i.num, i.free_text, "
                    + "a.source_key "
                    + "from survey_answer a left join survey_answer_item i on i.answer_id = a.id "
                    + "where a.survey_id = ? order by a.id", rs -> {
                        long answerId = rs.getLong(1);
                        if (answerId != row.answerId) {
                            row.flush(out);
                            row.start(answerId, rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(8));
                        }
                        Integer col = column.get(rs.getString(4));
                        if (col != null) {
                            String value = rs.getString(5);
                            if (value == null) {
                                double n = rs.getDouble(6);
                                value = rs.wasNull() ? rs.getString(7) : (n == Math.rint(n) ? String.valueOf((long) n)
                                        : String.valueOf(n));
                            }
                            row.add(col, value);
                        }
                    }, survey.getId());
            row.flush(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Row {
        long answerId = -1;
        Instant submittedAt;
        String unit;
        String sourceKey;
        final String[] values;

        Row(int columns) {
            values = new String[columns];
        }

        void start(long answerId, Instant submittedAt, String unit, String sourceKey) {
            this.answerId = answerId;
            this.submittedAt = submittedAt;
            this.unit = unit;
            this.sourceKey = sourceKey;
            java.util.Arrays.fill(values, null);
        }

        void add(int col, String value) {
            values[col] = values[col] == null ? value : values[col] + "|" + value;
        }

        void flush(Writer out) {
            if (answerId < 0) {
                return;
            }
            List<String> cells = new ArrayList<>(List.of(String.valueOf(answerId), CSV_TIME.format(submittedAt), unit,
                    sourceKey == null ? "" : sourceKey));
            for (String v : values) {
                cells.add(v == null ? "" : v);
            }
            try {
                writeLine(out, cells);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static void writeLine(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(csvCell(cells.get(i)));
        }
        out.write("\r\n");
    }

    /** Quotes as RFC 4180 wants, and defuses cells a spreadsheet would run as a formula. */
    static String csvCell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+(\\.\\d+)?")) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            v = '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    private String write(SurveyResultsView view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write survey results", e);
        }
    }

    private static double round(double value, int digits) {
        double scale = Math.pow(10, digits);
        return Math.round(value * scale) / scale;
    }
}
