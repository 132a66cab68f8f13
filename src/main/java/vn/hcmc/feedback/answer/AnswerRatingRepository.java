package vn.hcmc.feedback.answer;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AnswerRatingRepository extends JpaRepository<AnswerRating, Long> {

    Optional<AnswerRating> findByReportIdAndRound(Long reportId, int round);

    List<AnswerRating> findByReportIdOrderByRoundAsc(Long reportId);
}
