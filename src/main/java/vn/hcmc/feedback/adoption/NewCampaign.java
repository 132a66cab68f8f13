package vn.hcmc.feedback.adoption;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A campaign to create. Participating units: exactly one of {@code allUnits: true}, a list of {@code unitCodes},
 * or a list of {@code unitKinds} (WARD, COMMUNE, SPECIAL_ZONE, DEPARTMENT, AGENCY, UTILITY).
 *
 * @param staffTargetPercent share of each unit's staff who must install the app; default 100
 * @param residentTargets    optional number of residents to reach, per unit code
 * @param reportingPeriod    ISO-8601 duration between reports (P7D, P14D, PT12H, P2W); default P7D
 * @param commendCount       how many units the ranking pre-selects for commendation; default 3
 */
public record NewCampaign(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 2000) String description,
        Boolean allUnits,
        @Size(max = 1000) List<String> unitCodes,
        @Size(max = 10) List<String> unitKinds,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") Double staffTargetPercent,
        @Size(max = 1000) Map<String, Long> residentTargets,
        @NotNull Instant deadline,
        @Size(max = 40) String reportingPeriod,
        @Min(1) @Max(100) Integer commendCount) {

    public static final double DEFAULT_STAFF_TARGET = 100;
    public static final String DEFAULT_PERIOD = "P7D";
    public static final int DEFAULT_COMMEND_COUNT = 3;
}
