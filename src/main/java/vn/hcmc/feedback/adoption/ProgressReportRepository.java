package vn.hcmc.feedback.adoption;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProgressReportRepository extends JpaRepository<ProgressReport, Long> {

    List<ProgressReport> findByCampaignIdOrderByUnitCodeAscPeriodNoAsc(Long campaignId);

    Optional<ProgressReport> findFirstByCampaignIdAndUnitCodeOrderByPeriodNoDesc(Long campaignId, String unitCode);

    boolean existsByCampaignIdAndUnitCodeAndPeriodNo(Long campaignId, String unitCode, int periodNo);

    long countByCampaignId(Long campaignId);

    /** Each unit's latest report in the campaign (one row per unit that reported). */
    @Query("""
            select r from ProgressReport r where r.campaignId = :campaignId and r.periodNo = (
              select max(l.periodNo) from ProgressReport l where l.campaignId = r.campaignId and l.unitCode = r.unitCode)
            """)
    List<ProgressReport> findLatestPerUnit(Long campaignId);
}
