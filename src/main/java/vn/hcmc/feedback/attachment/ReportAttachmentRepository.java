package vn.hcmc.feedback.attachment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportAttachmentRepository extends JpaRepository<ReportAttachment, Long> {

    List<ReportAttachment> findByReportIdOrderByPosition(Long reportId);

    long countByReportId(Long reportId);
}
