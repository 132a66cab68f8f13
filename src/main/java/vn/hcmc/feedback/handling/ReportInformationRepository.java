package vn.hcmc.feedback.handling;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportInformationRepository extends JpaRepository<ReportInformation, Long> {

    Optional<ReportInformation> findFirstByReportIdOrderByRoundDesc(Long reportId);

    List<ReportInformation> findByReportIdOrderByRound(Long reportId);
}
