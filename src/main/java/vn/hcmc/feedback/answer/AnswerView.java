package vn.hcmc.feedback.answer;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * A published answer as the feed and the report's view show it: everything redacted, no reporter in any form.
 * {@code photos} are links to the metadata-free copies of the unit's evidence photos.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AnswerView(
        String trackingCode,
        String category,
        String categoryNameVi,
        String categoryNameEn,
        String unitCode,
        String unitNameVi,
        String unitNameEn,
        String wardCode,
        Instant receivedAt,
        Instant publishedAt,
        String outcome,
        String outcomeVi,
        String outcomeEn,
        String competentBody,
        String reportTitle,
        String reportText,
        String answer,
        String answerEn,
        List<String> photos) {
}
