package vn.hcmc.feedback.adoption;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgressReportRepository extends JpaRepository<ProgressReport, Long> {

    List<ProgressReport> findByCampaignIdOrderByUnitCodeAscPeriodNoAsc(Long campaignId);

    Optional<ProgressReport> findFirstByCampaignIdAndUnitCodeOrderByPeriodNoDesc(Long campaignId, String unitCode);

    boolean existsByCampaignIdAndUnitCodeAndPeriodNo(Long campaignId, String unitCode, int periodNo);

    long countByCampaignId(Long campaignId);
}
