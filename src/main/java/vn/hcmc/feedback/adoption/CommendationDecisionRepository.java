package vn.hcmc.feedback.adoption;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CommendationDecisionRepository extends JpaRepository<CommendationDecision, Long> {

    List<CommendationDecision> findByCampaignIdOrderById(Long campaignId);
}
