package vn.hcmc.feedback.open311;

import vn.hcmc.feedback.report.RejectionReason;
import vn.hcmc.feedback.report.ReportStatus;

/**
 * The engine's report statuses in Open311's words: {@code open} or {@code closed}, a note for people, and
 * mySociety's extended statuses (FixMyStreet) for the updates. The switches name every status, so a new one does
 * not compile until it is mapped here.
 */
final class Open311Statuses {

    static final String OPEN = "open";
    static final String CLOSED = "closed";

    private Open311Statuses() {
    }

    static String status(ReportStatus status) {
        return switch (status) {
            case RECEIVED, TRIAGE, ASSIGNED, AWAITING_INFORMATION, ANSWER_IN_APPROVAL, REOPENED -> OPEN;
            case DUPLICATE, REJECTED, ANSWERED, CLOSED -> CLOSED;
        };
    }

    /**
     * The note for people: the published answer (redacted) once there is one, the rejection's public reason, the
     * original of a duplicate, or what is happening now. Never an official's internal note.
     */
    static String notes(ReportStatus status, String answer, RejectionReason rejection, String originalCode) {
        return switch (status) {
            case RECEIVED -> "Đã tiếp nhận, đang phân loại / Received, being sorted";
            case TRIAGE -> "Đang chờ cán bộ phân loại / Waiting for the triage desk";
            case ASSIGNED -> "Đơn vị có thẩm quyền đang xử lý / The competent unit is handling it";
            case AWAITING_INFORMATION -> "Đơn vị đang chờ người phản ánh bổ sung thông tin / The unit waits for "
                    + "more information from the reporter";
            case ANSWER_IN_APPROVAL -> "Câu trả lời đang được lãnh đạo đơn vị duyệt / The unit's leaders are "
                    + "approving the answer";
            case REOPENED -> "Phản ánh được mở lại, đơn vị xử lý tiếp / Reopened; the unit handles it again";
            case DUPLICATE -> originalCode == null ? "Trùng với một phản ánh khác / Duplicate of another report"
                    : "Trùng với phản ánh " + originalCode + " / Duplicate of report " + originalCode;
            case REJECTED -> rejection == null ? "Phản ánh bị từ chối / Rejected"
                    : rejection.text("vi") + " / " + rejection.text("en");
            case ANSWERED, CLOSED -> answer != null ? answer : "Đã đóng / Closed";
        };
    }

    /** mySociety's status of a published answer with this outcome (AnswerOutcome's name). */
    static String ofOutcome(String outcome) {
        if (outcome == null) {
            return CLOSED;
        }
        return switch (outcome) {
            case "RESOLVED" -> "fixed";
            case "NOT_WITHIN_COMPETENCE" -> "not_councils_responsibility";
            case "CANNOT_BE_RESOLVED" -> "no_further_action";
            default -> CLOSED;
        };
    }
}
