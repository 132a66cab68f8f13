package vn.hcmc.feedback.adoption;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface CampaignRepository extends JpaRepository<AdoptionCampaign, Long> {

    java.util.List<AdoptionCampaign> findByStatusOrderByPublishedAtDesc(AdoptionCampaign.Status status);

    /** The campaign, locked for the rest of the transaction, so that two decisions on it never interleave. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from AdoptionCampaign c where c.id = :id")
    Optional<AdoptionCampaign> lockById(Long id);
}
