package vn.hcmc.feedback.survey;

import java.time.Instant;
import java.util.List;

/** What the APIs show of a survey. */
final class SurveyViews {

    /** The staff view: design and state. */
    record StaffSurvey(long id, String titleVi, String titleEn, String descriptionVi, String descriptionEn,
                       SurveyStatus status, String ownerId, String ownerUnit, String approverGroup,
                       Anonymity anonymity, List<String> audienceUnits, Instant opensAt, Instant closesAt,
                       boolean extended, boolean closedEarly, String reviewComment, String conclusion,
                       String processInstanceId, Instant createdAt, Instant approvedAt, Instant openedAt,
                       Instant closedAt, Instant publishedAt, List<Question> questions) {

        static StaffSurvey of(Survey s, SurveyContent c) {
            return new StaffSurvey(s.getId(), s.getTitleVi(), s.getTitleEn(), c.descriptionVi(), c.descriptionEn(),
                    s.getStatus(), s.getOwnerId(), s.getOwnerUnit(), s.getApproverGroup(), s.getAnonymity(),
                    s.audience(), s.getOpensAt(), s.getClosesAt(), s.isExtended(), s.isClosedEarly(),
                    s.getReviewComment(), s.getConclusion(), s.getProcessInstanceId(), s.getCreatedAt(),
                    s.getApprovedAt(), s.getOpenedAt(), s.getClosedAt(), s.getPublishedAt(), c.questions());
        }
    }

    /** A survey in the citizens' list. */
    record PublicSummary(long id, String titleVi, String titleEn, String descriptionVi, String descriptionEn,
                         Anonymity anonymity, List<String> audienceUnits, Instant opensAt, Instant closesAt,
                         int questionCount) {

        static PublicSummary of(Survey s, SurveyContent c) {
            return new PublicSummary(s.getId(), s.getTitleVi(), s.getTitleEn(), c.descriptionVi(), c.descriptionEn(),
                    s.getAnonymity(), s.audience(), s.getOpensAt(), s.getClosesAt(), c.questions().size());
        }
    }

    /** A survey with its questions, for citizens. */
    record PublicSurvey(long id, String titleVi, String titleEn, String descriptionVi, String descriptionEn,
                        SurveyStatus status, Anonymity anonymity, List<String> audienceUnits, Instant opensAt,
                        Instant closesAt, List<Question> questions) {

        static PublicSurvey of(Survey s, SurveyContent c) {
            return new PublicSurvey(s.getId(), s.getTitleVi(), s.getTitleEn(), c.descriptionVi(), c.descriptionEn(),
                    s.getStatus(), s.getAnonymity(), s.audience(), s.getOpensAt(), s.getClosesAt(), c.questions());
        }
    }

    private SurveyViews() {
    }
}
