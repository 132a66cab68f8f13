package vn.hcmc.feedback.attachment;

import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores inspected files with their report, in the database: every node sees them, and they are written in the
 * report's own transaction, so a failed request leaves no file behind. The bytes (table {@code attachment_content})
 * go through JDBC, not JPA: Hibernate would keep two more copies of every file while the transaction lasts (its merge
 * and its dirty-checking snapshot), which under many large uploads at once is what filled the heap
 * (UploadLoadBenchmarkTest, docs/security.md).
 */
@Service
public class Attachments {

    private final ReportAttachmentRepository attachments;
    private final JdbcTemplate jdbc;

    public Attachments(ReportAttachmentRepository attachments, JdbcTemplate jdbc) {
        this.attachments = attachments;
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void store(Long reportId, List<InspectedFile> files, Instant at) {
        for (int i = 0; i < files.size(); i++) {
            InspectedFile file = files.get(i);
            // the metadata row is inserted at once (identity key); the bytes follow in the same transaction
            ReportAttachment attachment = attachments.save(new ReportAttachment(reportId, i + 1, file, at));
            jdbc.update("insert into attachment_content (attachment_id, original, public_copy) values (?, ?, ?)",
                    attachment.getId(), new SqlParameterValue(Types.VARBINARY, file.content()),
                    new SqlParameterValue(Types.VARBINARY, file.publicCopy()));
        }
    }

    @Transactional(readOnly = true)
    public List<ReportAttachment> of(Long reportId) {
        return attachments.findByReportIdOrderByPosition(reportId);
    }

    public long countOf(Long reportId) {
        return attachments.countByReportId(reportId);
    }

    /** The private original, for officials. */
    @Transactional(readOnly = true)
    public Optional<byte[]> original(Long reportId, Long attachmentId) {
        return attachments.findById(attachmentId).filter(a -> a.getReportId().equals(reportId))
                .flatMap(a -> bytes("original", a.getId()));
    }

    /** The metadata-free copy, the only form in which a file may be shown publicly. */
    @Transactional(readOnly = true)
    public Optional<byte[]> publicCopy(Long reportId, Long attachmentId) {
        return attachments.findById(attachmentId).filter(a -> a.getReportId().equals(reportId))
                .filter(ReportAttachment::hasPublicCopy)
                .flatMap(a -> bytes("public_copy", a.getId()));
    }

    private Optional<byte[]> bytes(String column, long attachmentId) {
        List<byte[]> found = jdbc.query("select " + column + " from attachment_content where attachment_id = ?",
                (rs, n) -> rs.getBytes(1), attachmentId);
        return found.stream().filter(b -> b != null).findFirst();
    }
}
