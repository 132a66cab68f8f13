package vn.hcmc.feedback.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * A report as shown through the API. The public view fills only status, category, unit, dates and the answer
 * deadline (never what
 * the citizen wrote nor who they are); the private view (with the access token) and the staff view add the
 * content; only the staff view has the contact and triage details.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportView(
        String trackingCode,
        String status,
        String category,
        String categoryNameVi,
        String categoryNameEn,
        String unitCode,
        String unitNameVi,
        String unitNameEn,
        String priority,
        Instant receivedAt,
        Instant updatedAt,
        /** The answer deadline while the report is handled (ISO-8601 with offset; moves with pauses, extensions). */
        String answerDueAt,
        String duplicateOf,
        Rejection rejection,
        // private view
        String title,
        String description,
        String address,
        Location location,
        String wardCode,
        Boolean publicVisible,
        String language,
        Reporter reporter,
        List<Attachment> attachments,
        // staff view
        Triage triage,
        // every view, once published: the redacted answer (for a duplicate, the original's public answer)
        Object answer) {

    public record Location(double lat, double lon, String source) {
    }

    public record Reporter(String name, String email, String phone) {
    }

    public record Rejection(String reason, String message, String note) {
    }

    public record Attachment(Long id, String fileName, String mediaType, long sizeBytes, String url,
                             String publicUrl) {
    }

    public record Triage(String mode, String citizenCategory, Double confidence, boolean urgent,
                         List<String> manualReasons, String locatedWardCode, boolean contactFlood,
                         String attachmentText) {
    }
}
