package vn.hcmc.feedback.answer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcmc.feedback.directory.Category;
import vn.hcmc.feedback.directory.Unit;
import vn.hcmc.feedback.directory.UnitDirectory;
import vn.hcmc.feedback.system.Refusal;

/**
 * The public feed of published answers, newest first. Paging is by page number and size (at most
 * {@value #MAX_SIZE}) over a total order (published_at desc, id desc), so a page never shows a row twice or skips
 * one while nothing new is published; every filter is served by an index of {@code published_at}.
 * Reports kept out of public view are never listed.
 */
@Service
public class AnswerFeed {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;
    /** Deep offsets cost a scan; nobody reads a million answers page by page. */
    public static final int MAX_PAGE = 10_000;

    private static final String COLUMNS = "id, tracking_code, proposal_id, category, unit_code, ward_code, "
            + "received_at, published_at, outcome, competent_body, report_title, report_text, answer_text, "
            + "answer_text_en";

    private final NamedParameterJdbcTemplate jdbc;
    private final UnitDirectory directory;
    private final ZoneId zone;

    public AnswerFeed(JdbcTemplate jdbc, UnitDirectory directory,
                      @Value("${feedback.sla.zone:Asia/Ho_Chi_Minh}") ZoneId zone) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
        this.directory = directory;
        this.zone = zone;
    }

    /** What the client asked for, as received (strings), checked by {@link #page}. */
    public record Query(String category, String unit, String from, String to, Integer page, Integer size) {
    }

    public record Page(int page, int size, boolean hasMore, List<AnswerView> items) {
    }

    @Transactional(readOnly = true)
    public Page page(Query query) {
        int size = query.size() == null ? DEFAULT_SIZE : query.size();
        int page = query.page() == null ? 0 : query.page();
        if (size < 1 || size > MAX_SIZE) {
            throw Refusal.invalid("invalid-page-size", "size must be between 1 and " + MAX_SIZE + "; was "
                    + size + ".");
        }
        if (page < 0 || page > MAX_PAGE) {
            throw Refusal.invalid("invalid-page", "page must be between 0 and " + MAX_PAGE + "; was "
                    + page + ".");
        }
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(query, params);
        params.addValue("limit", size + 1);
        params.addValue("offset", (long) page * size);
        List<Row> rows = jdbc.query("select " + COLUMNS + " from published_answer where " + where
                + " order by published_at desc, id desc limit :limit offset :offset", params, AnswerFeed::row);
        boolean hasMore = rows.size() > size;
        List<Row> shown = hasMore ? rows.subList(0, size) : rows;
        Map<Long, List<String>> photos = photos(shown);
        return new Page(page, size, hasMore, shown.stream()
                .map(r -> view(r, photos.getOrDefault(r.proposalId(), List.of()))).toList());
    }

    /** One report's published answer, whether or not it is in the public feed (the caller checks access). */
    @Transactional(readOnly = true)
    public Optional<AnswerView> ofReport(long reportId) {
        List<Row> rows = jdbc.query("select " + COLUMNS + " from published_answer where report_id = :id",
                Map.of("id", reportId), AnswerFeed::row);
        return rows.stream().findFirst().map(r -> view(r, photos(rows).getOrDefault(r.proposalId(), List.of())));
    }

    private Map<Long, List<String>> photos(List<Row> rows) {
        Map<Long, List<String>> photos = new HashMap<>();
        if (rows.isEmpty()) {
            return photos;
        }
        Map<Long, String> codes = new HashMap<>();
        rows.forEach(r -> codes.put(r.proposalId(), r.trackingCode()));
        Collection<Long> ids = codes.keySet();
        jdbc.query("select id, proposal_id from answer_evidence where proposal_id in (:ids) "
                        + "and public_media_type is not null order by proposal_id, position",
                Map.of("ids", ids), (ResultSet rs) -> {
                    long proposalId = rs.getLong("proposal_id");
                    photos.computeIfAbsent(proposalId, k -> new ArrayList<>())
                            .add(photoUrl(codes.get(proposalId), rs.getLong("id")));
                });
        return photos;
    }

    static String photoUrl(String trackingCode, long evidenceId) {
        return "/api/answers/" + trackingCode + "/photos/" + evidenceId;
    }

    private AnswerView view(Row r, List<String> photos) {
        Category category = r.category() == null ? null : directory.category(r.category()).orElse(null);
        Unit unit = directory.unit(r.unitCode()).orElse(null);
        AnswerOutcome outcome = AnswerOutcome.valueOf(r.outcome());
        return new AnswerView(r.trackingCode(), r.category(), category == null ? null : category.nameVi(),
                category == null ? null : category.nameEn(), r.unitCode(), unit == null ? null : unit.nameVi(),
                unit == null ? null : unit.nameEn(), r.wardCode(), r.receivedAt(), r.publishedAt(), outcome.code(),
                outcome.nameVi(), outcome.nameEn(), r.competentBody(), r.reportTitle(), r.reportText(),
                r.answer(), r.answerEn(), photos);
    }

    private LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw Refusal.invalid("invalid-date", name + " must be a date like 2026-03-31; was '" + value
                    + "'.");
        }
    }

    private record Row(long id, String trackingCode, long proposalId, String category, String unitCode,
                       String wardCode, Instant receivedAt, Instant publishedAt, String outcome, String competentBody,
                       String reportTitle, String reportText, String answer, String answerEn) {
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("tracking_code"), rs.getLong("proposal_id"),
                rs.getString("category"), rs.getString("unit_code"), rs.getString("ward_code"),
                rs.getObject("received_at", OffsetDateTime.class).toInstant(),
                rs.getObject("published_at", OffsetDateTime.class).toInstant(), rs.getString("outcome"),
                rs.getString("competent_body"), rs.getString("report_title"), rs.getString("report_text"),
                rs.getString("answer_text"), rs.getString("answer_text_en"));
    }

    /** The filter of a feed query as SQL over published_answer (public answers only); 400 for a bad filter. */
    private String where(Query query, MapSqlParameterSource params) {
        StringBuilder where = new StringBuilder("public_feed = true");
        if (query.category() != null && !query.category().isBlank()) {
            String category = query.category().strip();
            if (!directory.isCategory(category)) {
                throw Refusal.invalid("unknown-category", "There is no category '" + category + "'.");
            }
            where.append(" and category = :category");
            params.addValue("category", category);
        }
        if (query.unit() != null && !query.unit().isBlank()) {
            String unit = query.unit().strip();
            if (!directory.isUnit(unit)) {
                throw Refusal.invalid("unknown-unit", "There is no unit '" + unit + "'.");
            }
            where.append(" and unit_code = :unit");
            params.addValue("unit", unit);
        }
        LocalDate from = date("from", query.from());
        LocalDate to = date("to", query.to());
        if (from != null && to != null && from.isAfter(to)) {
            throw Refusal.invalid("invalid-date-range", "from (" + from + ") is after to (" + to + ").");
        }
        if (from != null) {
            where.append(" and published_at >= :from");
            params.addValue("from", from.atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC));
        }
        if (to != null) {
            where.append(" and published_at < :to");
            params.addValue("to", to.plusDays(1).atStartOfDay(zone).toOffsetDateTime()
                    .withOffsetSameInstant(ZoneOffset.UTC));
        }
        return where.toString();
    }

    /** Answered reports of one ward or commune, for the map: how many, and the latest few. */
    public record WardAnswers(String wardCode, long count, List<String> latest) {
    }

    static final int MAP_LATEST = 5;

    /**
     * The public answers of a feed query counted by the ward or commune of their report (never a finer place: the
     * map shows wards, not houses), each with its latest tracking codes.
     */
    @Transactional(readOnly = true)
    public List<WardAnswers> byWard(Query query) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(query, params) + " and ward_code is not null";
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        jdbc.query("select ward_code, count(*) from published_answer where " + where
                + " group by ward_code order by count(*) desc, ward_code", params,
                rs -> { counts.put(rs.getString(1), rs.getLong(2)); });
        Map<String, List<String>> latest = new HashMap<>();
        jdbc.query("select ward_code, tracking_code from (select ward_code, tracking_code, row_number() over"
                + " (partition by ward_code order by published_at desc, id desc) as n from published_answer where "
                + where + ") t where n <= " + MAP_LATEST + " order by ward_code, n", params,
                rs -> { latest.computeIfAbsent(rs.getString(1), w -> new ArrayList<>()).add(rs.getString(2)); });
        return counts.entrySet().stream().map(e -> new WardAnswers(e.getKey(), e.getValue(),
                latest.getOrDefault(e.getKey(), List.of()))).toList();
    }
}
