package vn.hcmc.feedback.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A citizen's report as sent to {@code POST /api/reports} (the JSON body, or the multipart "report" part). */
public record ReportRequest(
        @Size(max = 200) String title,
        @NotBlank @Size(min = 10, max = 5000) String description,
        @Size(max = 40) String category,
        @Valid Location location,
        @Size(max = 500) String address,
        @Size(max = 60) String wardCode,
        @Valid Reporter reporter,
        Boolean publicVisible,
        @Size(max = 5) String language) {

    public record Location(
            @NotNull @DecimalMin("-90") @DecimalMax("90") Double lat,
            @NotNull @DecimalMin("-180") @DecimalMax("180") Double lon) {
    }

    public record Reporter(
            @Size(max = 200) String name,
            @Email @Size(max = 320) String email,
            @Pattern(regexp = "\\+?[0-9 .()-]{6,20}", message = "must be a phone number") String phone) {
    }
}
