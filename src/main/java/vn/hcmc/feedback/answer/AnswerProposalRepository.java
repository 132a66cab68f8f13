package vn.hcmc.feedback.answer;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AnswerProposalRepository extends JpaRepository<AnswerProposal, Long> {

    List<AnswerProposal> findByReportIdOrderByVersionAsc(Long reportId);

    Optional<AnswerProposal> findFirstByReportIdOrderByVersionDesc(Long reportId);
}
