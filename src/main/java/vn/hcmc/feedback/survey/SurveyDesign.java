package vn.hcmc.feedback.survey;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * A survey as its owner designs it ({@code POST /api/staff/surveys}, {@code PUT /api/staff/surveys/{id}}).
 * Field-level limits are checked by bean validation; the rules between fields by {@link DesignValidator}.
 *
 * @param audienceUnits unit codes the survey is for; empty or absent for the whole city
 */
public record SurveyDesign(
        @NotBlank @Size(max = 300) String titleVi,
        @Size(max = 300) String titleEn,
        @Size(max = 4000) String descriptionVi,
        @Size(max = 4000) String descriptionEn,
        @Size(max = 200) List<String> audienceUnits,
        @NotNull Instant opensAt,
        @NotNull Instant closesAt,
        @NotNull Anonymity anonymity,
        @NotNull @Size(max = 50) List<@Valid Question> questions) {

    public List<String> audience() {
        return audienceUnits == null ? List.of() : audienceUnits;
    }

    public SurveyContent content() {
        return new SurveyContent(descriptionVi, descriptionEn, questions);
    }
}
