package vn.hcmc.feedback.system;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui.html}): title, the build's version,
 * what the API is; the answers that are 201 documented as 201; every error of the project's own API as the RFC 9457
 * problem detail it is. {@code OpenApiContractTest} checks the document against the handlers.
 */
@Configuration
class OpenApiDocument {

    static final String PROBLEM = "Problem";

    /**
     * The handlers that answer 201 through a {@code ResponseEntity} (springdoc cannot see the status inside the
     * method and would list 200); {@code OpenApiContractTest} checks each is still a handler.
     */
    static final Set<String> CREATED = Set.of(
            "ReportController#submit", "ReportController#submitWithFiles", "AnswerPublicController#rate",
            "AnswerStaffController#propose", "AnswerStaffController#proposeJson", "StaffSurveyController#create",
            "CampaignStaffController#create", "CampaignStaffController#report");

    /** The example of POST /api/reports (the report package's class carries no OpenAPI annotations). */
    static final Map<String, Object> REPORT_EXAMPLE = Map.of(
            "title", "Rác ùn ứ đầu hẻm",
            "description", "Rác thải sinh hoạt ùn ứ nhiều ngày ở đầu hẻm 12 Lê Lợi, chưa được thu gom, bốc mùi hôi.",
            "category", "garbage",
            "location", Map.of("lat", 10.7725, "lon", 106.698),
            "address", "Hẻm 12 Lê Lợi, Phường Bến Thành",
            "reporter", Map.of("name", "Nguyễn Văn A", "email", "a@example.vn", "phone", "0901234567"),
            "publicVisible", true,
            "language", "vi");

    @Bean
    OpenAPI feedbackOpenApi(ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        String version = properties == null ? "development" : properties.getVersion();
        return new OpenAPI()
                .info(new Info()
                        .title("Citizen Feedback Engine API")
                        .version(version)
                        .license(new License().name("Open source"))
                        .description("""
                                Hệ thống tiếp nhận, xử lý phản ánh kiến nghị của Thành phố Hồ Chí Minh / The API of \
                                Ho Chi Minh City's Citizen Feedback Engine.

                                * `/api/**`: the citizens' public API (reports, answers, ratings, surveys, \
                                directory), open to all.
                                * `/api/staff/**`: officials, HTTP Basic with their Camunda account.
                                * `/open311/v2/**`: Open311 GeoReport v2 (docs/open311.md); its errors are \
                                `[{"code", "description"}]`.

                                Every error of `/api/**` is an RFC 9457 problem detail \
                                (`application/problem+json`) whose `type` is `urn:feedback:problem:<slug>`, stable \
                                per cause (e.g. `urn:feedback:problem:validation-failed` with `errors`, \
                                `report-not-found`, `unsupported-attachment-type`, `invalid-report-token`, \
                                `idempotency-key-reused`, `payload-too-large`, `not-allowed`).
                                """))
                .components(new Components());
    }

    /**
     * A type nested in a model class is named after both ({@code ReportRequest.Location} is
     * {@code ReportRequestLocation}, {@code ReportView.Location} is {@code ReportViewLocation}): springdoc names a
     * schema by the simple class name and silently lets one class's schema stand for another of the same name.
     * Types nested in a controller, and types that name their schema ({@code @Schema(name)}), keep their names.
     */
    @Bean
    ModelConverter nestedTypeNames() {
        return (type, context, chain) -> {
            JavaType javaType = Json.mapper().constructType(type.getType());
            Class<?> raw = javaType.getRawClass();
            Class<?> outer = raw.getEnclosingClass();
            if ((type.getName() == null || type.getName().isBlank()) && outer != null && !raw.isEnum()
                    && !javaType.isContainerType() && raw.getName().startsWith("vn.hcmc.feedback.")
                    && !outer.getSimpleName().endsWith("Controller")
                    && raw.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class) == null) {
                type.name(outer.getSimpleName() + raw.getSimpleName());
            }
            return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        };
    }

    /** 201 where the handler answers 201. */
    @Bean
    GlobalOperationCustomizer createdStatus() {
        return (operation, handler) -> {
            String name = handler.getBeanType().getSimpleName() + "#" + handler.getMethod().getName();
            ApiResponses responses = operation.getResponses();
            if (CREATED.contains(name) && responses != null && responses.containsKey("200")
                    && !responses.containsKey("201")) {
                ApiResponse ok = responses.remove("200");
                responses.addApiResponse("201", ok.description("Created"));
            }
            return operation;
        };
    }

    /** Every operation of {@code /api/**} may answer a problem detail (4XX, 5XX). */
    @Bean
    GlobalOpenApiCustomizer problemResponses() {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            Schema<?> report = openApi.getComponents().getSchemas() == null ? null
                    : openApi.getComponents().getSchemas().get("ReportRequest");
            if (report != null && report.getExample() == null) {
                report.setExample(REPORT_EXAMPLE);
            }
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> {
                if (!path.startsWith("/api/")) {
                    return;
                }
                item.readOperations().forEach(operation -> {
                    ApiResponses responses = operation.getResponses() == null ? new ApiResponses()
                            : operation.getResponses();
                    responses.putIfAbsent("4XX", problem("Refused: a problem detail (type urn:feedback:problem:…)"));
                    responses.putIfAbsent("5XX", problem("Server error: a problem detail"));
                    operation.setResponses(responses);
                });
            });
        };
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(
                "application/problem+json", new MediaType().schema(new Schema<>().$ref("#/components/schemas/"
                        + PROBLEM))));
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        return new ObjectSchema()
                .description("RFC 9457 problem detail")
                .properties(Map.of(
                        "type", new StringSchema().example("urn:feedback:problem:validation-failed")
                                .description("urn:feedback:problem:<slug>, stable per cause"),
                        "title", new StringSchema().example("Dữ liệu không hợp lệ / Invalid data"),
                        "status", new IntegerSchema().example(400),
                        "detail", new StringSchema().example("description: size must be between 10 and 5000"),
                        "instance", new StringSchema().example("/api/reports"),
                        "errors", new io.swagger.v3.oas.models.media.ArraySchema().items(new ObjectSchema()
                                .addProperty("field", new StringSchema()).addProperty("message", new StringSchema()))
                                .description("validation-failed only: one entry per invalid field")));
    }
}
