package vn.hcmc.feedback.report;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportEventRepository extends JpaRepository<ReportEvent, Long> {

    List<ReportEvent> findByReportIdOrderByOccurredAtAscIdAsc(Long reportId);

    long countByReportIdAndEvent(Long reportId, String event);
}
