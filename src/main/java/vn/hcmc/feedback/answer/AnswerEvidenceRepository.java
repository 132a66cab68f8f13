package vn.hcmc.feedback.answer;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AnswerEvidenceRepository extends JpaRepository<AnswerEvidence, Long> {

    List<AnswerEvidence> findByProposalIdOrderByPositionAsc(Long proposalId);

    List<AnswerEvidence> findByReportIdAndProposalIdIsNullOrderByIdAsc(Long reportId);

    List<AnswerEvidence> findByProposalIdInOrderByPositionAsc(Collection<Long> proposalIds);
}
