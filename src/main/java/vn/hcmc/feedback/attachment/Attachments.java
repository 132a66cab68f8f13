package vn.hcmc.feedback.attachment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores inspected files with their report, in the database: every node sees them, and they are written in the
 * report's own transaction, so a failed request leaves no file behind.
 */
@Service
public class Attachments {

    private final ReportAttachmentRepository attachments;
    private final AttachmentContentRepository contents;

    public Attachments(ReportAttachmentRepository attachments, AttachmentContentRepository contents) {
        this.attachments = attachments;
        this.contents = contents;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void store(Long reportId, List<InspectedFile> files, Instant at) {
        for (int i = 0; i < files.size(); i++) {
            InspectedFile file = files.get(i);
            ReportAttachment attachment = attachments.save(new ReportAttachment(reportId, i + 1, file, at));
            contents.save(new AttachmentContent(attachment.getId(), file.content(), file.publicCopy()));
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
                .flatMap(a -> contents.findById(a.getId())).map(AttachmentContent::getOriginal);
    }

    /** The metadata-free copy, the only form in which a file may be shown publicly. */
    @Transactional(readOnly = true)
    public Optional<byte[]> publicCopy(Long reportId, Long attachmentId) {
        return attachments.findById(attachmentId).filter(a -> a.getReportId().equals(reportId))
                .filter(ReportAttachment::hasPublicCopy)
                .flatMap(a -> contents.findById(a.getId())).map(AttachmentContent::getPublicCopy);
    }
}
