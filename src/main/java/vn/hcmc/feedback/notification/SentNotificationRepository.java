package vn.hcmc.feedback.notification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SentNotificationRepository extends JpaRepository<SentNotification, Long> {

    boolean existsByDedupKey(String dedupKey);

    List<SentNotification> findByDedupKeyStartingWith(String prefix);
}
