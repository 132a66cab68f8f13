package vn.hcmc.feedback.report;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportFollowerRepository extends JpaRepository<ReportFollower, Long> {

    List<ReportFollower> findByReportId(Long reportId);

    boolean existsByReportIdAndFollowerReportId(Long reportId, Long followerReportId);
}
