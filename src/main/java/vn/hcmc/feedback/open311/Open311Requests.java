package vn.hcmc.feedback.open311;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcmc.feedback.directory.Category;
import vn.hcmc.feedback.directory.Unit;
import vn.hcmc.feedback.directory.UnitDirectory;
import vn.hcmc.feedback.report.AccessTokens;
import vn.hcmc.feedback.report.RejectionReason;
import vn.hcmc.feedback.report.Report;
import vn.hcmc.feedback.report.ReportDeadlines;
import vn.hcmc.feedback.report.ReportRepository;
import vn.hcmc.feedback.report.ReportStatus;
import vn.hcmc.feedback.report.TrackingCodes;
import vn.hcmc.feedback.system.EngineClock;

/**
 * The public reads of Open311: reports, tokens and (mySociety) updates. Only reports the citizen left in public
 * view, and of them only public facts: status, category, unit, dates, deadline, ward, and once an answer is
 * published its redacted texts (the same the public answer feed shows). Never what the citizen wrote before
 * redaction, the address, the position or the contact.
 */
@Service
class Open311Requests {

    static final int DEFAULT_PAGE_SIZE = 50;
    static final int MAX_PAGE_SIZE = 200;
    static final int MAX_PAGE = 10_000;
    static final Duration MAX_RANGE = Duration.ofDays(90);
    static final Duration DEFAULT_UPDATES_RANGE = Duration.ofDays(1);
    static final DateTimeFormatter W3C = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    /** The report's steps that the updates show; the others (reminders, escalations, ratings) are internal. */
    static final List<String> PUBLIC_EVENTS = List.of("received", "triaged", "routed", "transferred",
            "information-requested", "information-received", "rejected", "answer-published", "reopened", "closed");

    private static final String COLUMNS = "r.id, r.tracking_code, r.status, r.category, r.unit_code, r.ward_code, "
            + "r.located_ward_code, r.received_at, r.updated_at, r.rejection_reason, o.tracking_code as original, "
            + "pa.outcome, pa.answer_text, pa.report_text";
    private static final String FROM = " from report r left join report o on o.id = r.duplicate_of_id "
            + "and o.public_visible = true left join published_answer pa on pa.report_id = r.id ";

    private final NamedParameterJdbcTemplate jdbc;
    private final UnitDirectory directory;
    private final ReportRepository reports;
    private final ReportDeadlines deadlines;
    private final Clock clock;

    Open311Requests(JdbcTemplate jdbc, UnitDirectory directory, ReportRepository reports, ReportDeadlines deadlines,
                    Clock clock) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
        this.directory = directory;
        this.reports = reports;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /** What the client asked for, as received. */
    record Query(String serviceRequestId, String serviceCode, String startDate, String endDate, String status,
                 String page, String pageSize) {
    }

    @Transactional(readOnly = true)
    public List<Open311Documents.ServiceRequest> list(Query query) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        StringBuilder where = new StringBuilder("r.public_visible = true");
        if (query.serviceRequestId() != null && !query.serviceRequestId().isBlank()) {
            // the ids name the requests; the other filters do not apply (GeoReport v2)
            List<String> codes = csv(query.serviceRequestId()).stream().map(TrackingCodes::normalise).toList();
            if (codes.size() > MAX_PAGE_SIZE) {
                throw Open311Exception.badRequest("At most " + MAX_PAGE_SIZE + " service_request_id at once.");
            }
            where.append(" and r.tracking_code in (:codes)");
            params.addValue("codes", codes);
            return rows(where, params, MAX_PAGE_SIZE, 0);
        }
        if (query.serviceCode() != null && !query.serviceCode().isBlank()) {
            List<String> codes = csv(query.serviceCode());
            for (String code : codes) {
                if (!directory.isCategory(code)) {
                    throw Open311Exception.badRequest("service_code '" + code + "' is not a service; see "
                            + "services.json.");
                }
            }
            where.append(" and r.category in (:categories)");
            params.addValue("categories", codes);
        }
        if (query.status() != null && !query.status().isBlank()) {
            List<String> statuses = csv(query.status());
            for (String s : statuses) {
                if (!s.equals(Open311Statuses.OPEN) && !s.equals(Open311Statuses.CLOSED)) {
                    throw Open311Exception.badRequest("status must be open or closed (or both, comma-separated); was '"
                            + s + "'.");
                }
            }
            if (statuses.contains(Open311Statuses.OPEN) != statuses.contains(Open311Statuses.CLOSED)) {
                where.append(statuses.contains(Open311Statuses.OPEN) ? " and r.status in (:open)"
                        : " and r.status not in (:open)");
                params.addValue("open", Arrays.stream(ReportStatus.values())
                        .filter(s -> Open311Statuses.status(s).equals(Open311Statuses.OPEN)).map(Enum::name).toList());
            }
        }
        Instant[] range = range(query.startDate(), query.endDate(), MAX_RANGE);
        where.append(" and r.received_at >= :start and r.received_at < :end");
        params.addValue("start", utc(range[0])).addValue("end", utc(range[1]));
        int size = pageSize(query.pageSize());
        return rows(where, params, size, (long) (page(query.page()) - 1) * size);
    }

    @Transactional(readOnly = true)
    public Open311Documents.ServiceRequest one(String serviceRequestId) {
        MapSqlParameterSource params = new MapSqlParameterSource("code", TrackingCodes.normalise(serviceRequestId));
        return rows(new StringBuilder("r.public_visible = true and r.tracking_code = :code"), params, 1, 0)
                .stream().findFirst().orElseThrow(() -> Open311Exception.notFound("There is no public service request "
                        + serviceRequestId + "."));
    }

    @Transactional(readOnly = true)
    public Open311Documents.Token token(String token) {
        List<String> codes = jdbc.queryForList("select r.tracking_code from open311_request q join report r "
                        + "on r.id = q.report_id where q.token_hash = :hash and r.public_visible = true",
                Map.of("hash", AccessTokens.hash(token)), String.class);
        return codes.stream().findFirst().map(code -> new Open311Documents.Token(code, token))
                .orElseThrow(() -> Open311Exception.notFound("There is no service request for this token."));
    }

    @Transactional(readOnly = true)
    public List<Open311Documents.RequestUpdate> updates(String startDate, String endDate, String page,
                                                         String pageSize) {
        Instant end = endDate == null || endDate.isBlank() ? clock.instant() : instant("end_date", endDate, true);
        Instant start = startDate == null || startDate.isBlank() ? end.minus(DEFAULT_UPDATES_RANGE)
                : instant("start_date", startDate, false);
        Instant[] range = range(start, end, MAX_RANGE);
        int size = pageSize(pageSize);
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("start", utc(range[0]))
                .addValue("end", utc(range[1])).addValue("events", PUBLIC_EVENTS).addValue("limit", size)
                .addValue("offset", (long) (page(page) - 1) * size);
        return jdbc.query("select e.id as event_id, e.event, e.occurred_at, r.tracking_code, r.status, "
                + "r.rejection_reason, pa.outcome, pa.answer_text, (select max(x.id) from report_event x "
                + "where x.report_id = r.id and x.event = 'answer-published') as last_answer "
                + "from report_event e join report r on r.id = e.report_id "
                + "left join published_answer pa on pa.report_id = r.id "
                + "where r.public_visible = true and e.occurred_at >= :start and e.occurred_at < :end "
                + "and e.event in (:events) and (e.event <> 'triaged' or r.status = 'DUPLICATE') "
                + "order by e.occurred_at, e.id limit :limit offset :offset", params, Open311Requests::update);
    }

    private static Open311Documents.RequestUpdate update(ResultSet rs, int n) throws SQLException {
        String event = rs.getString("event");
        long id = rs.getLong("event_id");
        boolean lastAnswer = rs.getObject("last_answer") != null && rs.getLong("last_answer") == id;
        String outcome = rs.getString("outcome");
        String status;
        String description;
        switch (event) {
            case "received" -> {
                status = "open";
                description = "Đã tiếp nhận phản ánh / Report received";
            }
            case "triaged" -> {
                status = "duplicate";
                description = "Trùng với một phản ánh đang được xử lý / Duplicate of a report being handled";
            }
            case "routed" -> {
                status = "in_progress";
                description = "Đã chuyển đến đơn vị có thẩm quyền / Sent to the competent unit";
            }
            case "transferred" -> {
                status = "in_progress";
                description = "Đã chuyển sang đơn vị khác / Transferred to another unit";
            }
            case "information-requested" -> {
                status = "investigating";
                description = "Đơn vị cần người phản ánh bổ sung thông tin / The unit asked the reporter for more "
                        + "information";
            }
            case "information-received" -> {
                status = "in_progress";
                description = "Người phản ánh đã bổ sung thông tin / The reporter sent more information";
            }
            case "rejected" -> {
                status = "closed";
                String reason = rs.getString("rejection_reason");
                description = reason == null ? "Phản ánh bị từ chối / Rejected"
                        : Open311Statuses.notes(ReportStatus.REJECTED, null, RejectionReason.valueOf(reason), null);
            }
            case "answer-published" -> {
                status = lastAnswer ? Open311Statuses.ofOutcome(outcome) : "closed";
                description = lastAnswer && rs.getString("answer_text") != null ? rs.getString("answer_text")
                        : "Đơn vị đã trả lời / The unit answered";
            }
            case "reopened" -> {
                status = "in_progress";
                description = "Phản ánh được mở lại / The report was reopened";
            }
            case "closed" -> {
                status = outcome == null ? "closed" : Open311Statuses.ofOutcome(outcome);
                description = "Đã đóng phản ánh / The report was closed";
            }
            default -> throw new IllegalStateException("not a public event: " + event);
        }
        return new Open311Documents.RequestUpdate(String.valueOf(id), rs.getString("tracking_code"), status,
                w3c(rs.getObject("occurred_at", OffsetDateTime.class).toInstant()), description, null);
    }

    private record Row(long id, String code, ReportStatus status, String category, String unitCode,
                       String wardCode, Instant receivedAt, Instant updatedAt, RejectionReason rejection,
                       String original, String outcome, String answer, String reportText) {
    }

    private List<Open311Documents.ServiceRequest> rows(StringBuilder where, MapSqlParameterSource params, int limit,
                                                      long offset) {
        params.addValue("limit", limit).addValue("offset", offset);
        List<Row> rows = jdbc.query("select " + COLUMNS + FROM + "where " + where
                + " order by r.received_at desc, r.id desc limit :limit offset :offset", params, (rs, n) -> new Row(
                rs.getLong("id"), rs.getString("tracking_code"), ReportStatus.valueOf(rs.getString("status")),
                rs.getString("category"), rs.getString("unit_code"),
                rs.getString("located_ward_code") != null ? rs.getString("located_ward_code")
                        : rs.getString("ward_code"),
                rs.getObject("received_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
                rs.getString("rejection_reason") == null ? null
                        : RejectionReason.valueOf(rs.getString("rejection_reason")),
                rs.getString("original"), rs.getString("outcome"), rs.getString("answer_text"),
                rs.getString("report_text")));
        List<Long> open = rows.stream().filter(r -> r.status().isOpen() && r.status() != ReportStatus.RECEIVED)
                .map(Row::id).toList();
        Map<Long, Report> entities = open.isEmpty() ? Map.of() : reports.findAllById(open).stream()
                .collect(Collectors.toMap(Report::getId, Function.identity()));
        List<Open311Documents.ServiceRequest> documents = new ArrayList<>(rows.size());
        for (Row r : rows) {
            Report entity = entities.get(r.id());
            String due = entity == null ? null : deadlines.answerDueAt(entity).orElse(null);
            documents.add(document(r, due));
        }
        return documents;
    }

    private Open311Documents.ServiceRequest document(Row r, String due) {
        // the category is final once triaged; before, the citizen's pick is not shown (as in the public view)
        Category category = r.status() == ReportStatus.RECEIVED || r.category() == null ? null
                : directory.category(r.category()).orElse(null);
        Unit unit = r.unitCode() == null ? null : directory.unit(r.unitCode()).orElse(null);
        Unit ward = r.wardCode() == null ? null : directory.unit(r.wardCode()).orElse(null);
        return new Open311Documents.ServiceRequest(r.code(), Open311Statuses.status(r.status()),
                Open311Statuses.notes(r.status(), r.answer(), r.rejection(), r.original()),
                category == null ? null : category.nameVi(), category == null ? null : category.code(),
                r.reportText(), unit == null ? null : unit.nameVi(), null, w3c(r.receivedAt()), w3c(r.updatedAt()),
                due == null ? null : w3c(OffsetDateTime.parse(due).toInstant()),
                ward == null ? null : ward.nameVi());
    }

    private Instant[] range(String startDate, String endDate, Duration max) {
        Instant start = startDate == null || startDate.isBlank() ? null : instant("start_date", startDate, false);
        Instant end = endDate == null || endDate.isBlank() ? null : instant("end_date", endDate, true);
        if (start == null && end == null) {
            end = clock.instant().plusSeconds(1);
            start = end.minus(max);
        } else if (start == null) {
            start = end.minus(max);
        } else if (end == null) {
            end = start.plus(max);
        }
        return range(start, end, max);
    }

    private static Instant[] range(Instant start, Instant end, Duration max) {
        if (!start.isBefore(end)) {
            throw Open311Exception.badRequest("start_date must be before end_date.");
        }
        if (Duration.between(start, end).compareTo(max) > 0) {
            throw Open311Exception.badRequest("start_date and end_date may be at most " + max.toDays()
                    + " days apart.");
        }
        return new Instant[] {start, end};
    }

    /** A W3C date-time ({@code 2026-03-01T08:00:00+07:00}) or a date (its start; for end_date its end). */
    static Instant instant(String name, String value, boolean endOfDay) {
        // a '+' of an offset that was not URL-encoded arrives as a space
        String v = value.strip().replace(' ', '+');
        try {
            if (v.length() == 10) {
                LocalDate date = LocalDate.parse(v);
                return (endOfDay ? date.plusDays(1) : date).atStartOfDay(EngineClock.CITY_ZONE).toInstant();
            }
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            throw Open311Exception.badRequest(name + " must be a W3C date-time like 2026-03-01T08:00:00+07:00 or a "
                    + "date like 2026-03-01; was '" + value + "'.");
        }
    }

    static String w3c(Instant instant) {
        return W3C.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(EngineClock.CITY_ZONE).toOffsetDateTime());
    }

    private static int pageSize(String value) {
        int size = whole("page_size", value, DEFAULT_PAGE_SIZE);
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw Open311Exception.badRequest("page_size must be between 1 and " + MAX_PAGE_SIZE + "; was " + size
                    + ".");
        }
        return size;
    }

    private static int page(String value) {
        int page = whole("page", value, 1);
        if (page < 1 || page > MAX_PAGE) {
            throw Open311Exception.badRequest("page must be between 1 and " + MAX_PAGE + "; was " + page + ".");
        }
        return page;
    }

    private static int whole(String name, String value, int otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw Open311Exception.badRequest(name + " must be a whole number; was '" + value + "'.");
        }
    }

    private static List<String> csv(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
