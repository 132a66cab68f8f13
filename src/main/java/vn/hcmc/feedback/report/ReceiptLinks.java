package vn.hcmc.feedback.report;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The access token of a new report with an e-mail address, kept from the request until its receipt mail is queued,
 * so that the mail can carry the private link ({@code /reports/{code}#token=…}); taking it deletes it. The report
 * itself keeps only the token's hash.
 */
@Component
public class ReceiptLinks {

    private final JdbcTemplate jdbc;

    ReceiptLinks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void keep(long reportId, String token, Instant at) {
        jdbc.update("insert into report_receipt_link (report_id, access_token, created_at) values (?, ?, ?)",
                reportId, token, Timestamp.from(at));
    }

    /** The token, once: read and deleted in the caller's transaction. */
    @Transactional
    public Optional<String> take(long reportId) {
        List<String> tokens = jdbc.queryForList("select access_token from report_receipt_link where report_id = ?",
                String.class, reportId);
        jdbc.update("delete from report_receipt_link where report_id = ?", reportId);
        return tokens.stream().findFirst();
    }
}
