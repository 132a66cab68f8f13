package vn.hcmc.feedback.open311;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The documents of Open311 GeoReport v2 as they go over the wire, in JSON and XML alike (snake_case names; in XML
 * a list is the plural element around one element per item, e.g. {@code <formats><format>}, see
 * {@link Open311Writer}). Only public facts:
 * no description, address or position the citizen wrote, no contact.
 */
final class Open311Documents {

    private Open311Documents() {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Open311Discovery")
    record Discovery(String changeset, String contact, String keyService,
                     List<Endpoint> endpoints) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @Schema(name = "Open311Endpoint")
    record Endpoint(String specification, String url, String changeset, String type,
                    List<String> formats) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Open311Service")
    record Service(String serviceCode, String serviceName, String description, boolean metadata, String type,
                   String keywords, String group) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @Schema(name = "Open311ServiceDefinition")
    record ServiceDefinition(String serviceCode,
                             List<Attribute> attributes) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Open311Attribute")
    record Attribute(boolean variable, String code, String datatype, boolean required, String datatypeDescription,
                     int order, String description,
                     List<AttributeValue> values) {
    }

    @Schema(name = "Open311AttributeValue")
    record AttributeValue(String key, String name) {
    }

    /** A report as Open311 shows it. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Open311ServiceRequest")
    record ServiceRequest(String serviceRequestId, String status, String statusNotes, String serviceName,
                          String serviceCode, String description, String agencyResponsible, String serviceNotice,
                          String requestedDatetime, String updatedDatetime, String expectedDatetime,
                          String address) {
    }

    /** The answer to a POST: the tracking code, and a token for GET tokens/{token}. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Open311CreatedRequest")
    record Created(String serviceRequestId, String token, String serviceNotice) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @Schema(name = "Open311Token")
    record Token(String serviceRequestId, String token) {
    }

    /** mySociety's extension: one step of a report, with the extended status. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Open311RequestUpdate")
    record RequestUpdate(String updateId, String serviceRequestId, String status, String updatedDatetime,
                         String description, @JsonProperty("media_url") String mediaUrl) {
    }

    @Schema(name = "Open311Error")
    record Error(int code, String description) {
    }
}
