package vn.hcmc.feedback.survey;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SurveyRepository extends JpaRepository<Survey, Long> {

    List<Survey> findByStatusOrderByClosesAtAsc(SurveyStatus status);

    List<Survey> findByOwnerIdOrderByIdDesc(String ownerId);

    List<Survey> findByStatusOrderByPublishedAtDesc(SurveyStatus status);
}
