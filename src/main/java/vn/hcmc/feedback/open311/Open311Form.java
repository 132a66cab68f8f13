package vn.hcmc.feedback.open311;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The form of {@code POST requests} as the OpenAPI document describes it (the controller reads the fields by name,
 * see {@link Open311Submission#FIELDS}; a test checks both lists are the same). Besides these, one
 * {@code attribute[code]} field per attribute of the service.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@Schema(name = "Open311RequestForm", description = "Form fields of POST requests; add attribute[code]=value for "
        + "the attributes of the service (GET services/{service_code}.json).")
record Open311Form(
        @Schema(description = "The client application's key (given by the city's administrator)",
                requiredMode = Schema.RequiredMode.REQUIRED) String apiKey,
        @Schema(description = "Optional; if given, the configured jurisdiction", example = "tphcm.gov.vn")
        String jurisdictionId,
        @Schema(description = "The category code, from services.json", example = "flooding",
                requiredMode = Schema.RequiredMode.REQUIRED) String serviceCode,
        @Schema(description = "WGS 84 latitude; with long, or address_string", example = "10.7725") Double lat,
        @JsonProperty("long") @Schema(description = "WGS 84 longitude", example = "106.698") Double lon,
        @Schema(description = "Where the problem is, in words (when no lat/long)", maxLength = 500)
        String addressString,
        @Schema(description = "Not supported: send lat/long or address_string") String addressId,
        @Schema(description = "The reporter's e-mail (never shown publicly)", format = "email") String email,
        @Schema(description = "Accepted and ignored") String deviceId,
        @Schema(description = "Accepted and ignored") String accountId,
        @Schema(description = "The reporter's first name (never shown publicly)") String firstName,
        @Schema(description = "The reporter's last name (never shown publicly)") String lastName,
        @Schema(description = "The reporter's phone (never shown publicly)", example = "0901234567") String phone,
        @Schema(description = "The problem, 10 to 5000 characters", minLength = 10, maxLength = 5000,
                requiredMode = Schema.RequiredMode.REQUIRED) String description,
        @Schema(description = "An http(s) URL of a photo, PDF or MP4, fetched with size, type and time limits",
                format = "uri") String mediaUrl,
        @Schema(description = "Language of the mails to the reporter: vi (default) or en", example = "vi")
        String locale,
        @Schema(description = "multipart/form-data only: the photo, PDF or MP4 itself", type = "string",
                format = "binary") String media) {
}
