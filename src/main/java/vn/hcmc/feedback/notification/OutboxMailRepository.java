package vn.hcmc.feedback.notification;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

    boolean existsByDedupKey(String dedupKey);

    Optional<OutboxMail> findByDedupKey(String dedupKey);

    List<OutboxMail> findByDedupKeyStartingWith(String prefix);
}
