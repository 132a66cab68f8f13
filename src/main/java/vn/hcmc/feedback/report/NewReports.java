package vn.hcmc.feedback.report;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Inserts a new report in the caller's transaction with one plain JDBC statement, every column of the entity, and
 * returns its id. This is the hottest write of the public API: Hibernate's persist (events, action queue,
 * persistence context, {@code RETURNING *}) was a fifth of the intake's CPU in the intake benchmark. Reading and
 * changing a stored report stays with JPA ({@link ReportRepository}). {@code NewReportsTest} checks that
 * {@link #COLUMNS} names every column of the table.
 */
@Component
class NewReports {

    static final List<String> COLUMNS = List.of("tracking_code", "access_token_hash", "status", "title",
            "description", "citizen_category", "category", "category_confidence", "priority", "unit_code", "ward_code",
            "located_ward_code", "lat", "lon", "location_source", "address", "reporter_name", "reporter_email",
            "reporter_phone", "contact_key", "contact_flood", "public_visible", "language", "attachment_text",
            "triage_mode", "urgent", "manual_reasons", "duplicate_of_id", "rejection_reason", "rejection_note",
            "idempotency_key", "request_hash", "received_at", "updated_at", "accept_due_at", "answer_due_at");

    private static final String INSERT = "insert into report (" + String.join(", ", COLUMNS) + ") values ("
            + String.join(", ", COLUMNS.stream().map(c -> "?").toList()) + ")";

    private final JdbcTemplate jdbc;

    NewReports(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the report (not yet stored) and returns the id the database gave it. */
    long insert(Report report) {
        GeneratedKeyHolder id = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement(INSERT, new String[] {"id"});
            bind(insert, report);
            return insert;
        }, id);
        return id.getKey().longValue();
    }

    private static void bind(PreparedStatement insert, Report r) throws SQLException {
        int i = 0;
        insert.setString(++i, r.getTrackingCode());
        insert.setString(++i, r.getAccessTokenHash());
        insert.setString(++i, r.getStatus().name());
        insert.setString(++i, r.getTitle());
        insert.setString(++i, r.getDescription());
        insert.setString(++i, r.getCitizenCategory());
        insert.setString(++i, r.getCategory());
        insert.setObject(++i, r.getCategoryConfidence(), Types.DOUBLE);
        insert.setString(++i, r.getPriority() == null ? null : r.getPriority().name());
        insert.setString(++i, r.getUnitCode());
        insert.setString(++i, r.getWardCode());
        insert.setString(++i, r.getLocatedWardCode());
        insert.setObject(++i, r.getLat(), Types.DOUBLE);
        insert.setObject(++i, r.getLon(), Types.DOUBLE);
        insert.setString(++i, r.getLocationSource());
        insert.setString(++i, r.getAddress());
        insert.setString(++i, r.getReporterName());
        insert.setString(++i, r.getReporterEmail());
        insert.setString(++i, r.getReporterPhone());
        insert.setString(++i, r.getContactKey());
        insert.setBoolean(++i, r.isContactFlood());
        insert.setBoolean(++i, r.isPublicVisible());
        insert.setString(++i, r.getLanguage());
        insert.setString(++i, r.getAttachmentText());
        insert.setString(++i, r.getTriageMode());
        insert.setBoolean(++i, r.isUrgent());
        insert.setString(++i, r.getManualReasons());
        insert.setObject(++i, r.getDuplicateOfId(), Types.BIGINT);
        insert.setString(++i, r.getRejectionReason() == null ? null : r.getRejectionReason().name());
        insert.setString(++i, r.getRejectionNote());
        insert.setString(++i, r.getIdempotencyKey());
        insert.setString(++i, r.getRequestHash());
        insert.setObject(++i, utc(r.getReceivedAt()));
        insert.setObject(++i, utc(r.getUpdatedAt()));
        insert.setObject(++i, utc(r.getAcceptDueAt()), Types.TIMESTAMP_WITH_TIMEZONE);
        insert.setObject(++i, utc(r.getAnswerDueAt()), Types.TIMESTAMP_WITH_TIMEZONE);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
