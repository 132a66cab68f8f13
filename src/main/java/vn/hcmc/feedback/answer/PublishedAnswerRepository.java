package vn.hcmc.feedback.answer;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PublishedAnswerRepository extends JpaRepository<PublishedAnswer, Long> {

    Optional<PublishedAnswer> findByReportId(Long reportId);
}
