package vn.hcmc.feedback.adoption;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RankingEntryRepository extends JpaRepository<RankingEntry, Long> {

    List<RankingEntry> findByCampaignIdOrderByPosition(Long campaignId);

    boolean existsByCampaignId(Long campaignId);
}
