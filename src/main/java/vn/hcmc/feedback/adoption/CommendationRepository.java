package vn.hcmc.feedback.adoption;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface CommendationRepository extends JpaRepository<Commendation, Long> {

    List<Commendation> findByCampaignIdOrderByPosition(Long campaignId);

    @Modifying(flushAutomatically = true, clearAutomatically = false)
    @Query("delete from Commendation c where c.campaignId = :campaignId")
    void deleteByCampaign(Long campaignId);
}
