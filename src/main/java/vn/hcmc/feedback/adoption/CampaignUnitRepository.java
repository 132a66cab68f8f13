package vn.hcmc.feedback.adoption;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CampaignUnitRepository extends JpaRepository<CampaignUnit, Long> {

    List<CampaignUnit> findByCampaignIdOrderByUnitCode(Long campaignId);

    Optional<CampaignUnit> findByCampaignIdAndUnitCode(Long campaignId, String unitCode);
}
