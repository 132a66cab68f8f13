package vn.hcmc.feedback.survey;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * A citizen's answer ({@code POST /api/surveys/{id}/answers}). Identified surveys need exactly one of {@code email}
 * and {@code phone}; anonymous surveys need a {@code deviceToken} (and refuse contacts); surveys with verified phones
 * need the {@code phone} and the {@code phoneCode} sent to it by SMS. Only a keyed hash of it is
 * stored. {@code answers} maps question ids to a choice id (single choice), a list of choice ids (multiple choice),
 * a number (rating, number) or a string (free text).
 */
public record AnswerSubmission(
        @Size(max = 320) String email,
        @Size(max = 40) String phone,
        @Size(max = 200) String deviceToken,
        @Size(max = 12) String phoneCode,
        @NotBlank @Size(max = 64) String unit,
        @NotNull @Size(max = 100) Map<String, JsonNode> answers) {
}
