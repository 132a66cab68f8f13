package vn.hcmc.feedback.open311;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.hcmc.feedback.security.RateLimits;

/**
 * Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2) with mySociety's updates, over the report services.
 * Every resource in JSON and XML by its extension; every error in the Open311 error format
 * ({@link Open311ErrorHandler}). See docs/open311.md.
 */
@RestController
@RequestMapping(Open311Controller.BASE)
@Tag(name = "Open311 GeoReport v2", description = "The city's reports for every Open311 client: discovery, "
        + "services, requests, tokens and mySociety's servicerequestupdates. {format} is json or xml. Errors are "
        + "[{code, description}] (XML: <errors><error>).")
@ApiResponse(responseCode = "400", description = "Bad input", content = @Content(mediaType = "application/json",
        array = @ArraySchema(schema = @Schema(implementation = Open311Documents.Error.class))))
@ApiResponse(responseCode = "404", description = "Unknown resource, format or jurisdiction_id",
        content = @Content(mediaType = "application/json",
                array = @ArraySchema(schema = @Schema(implementation = Open311Documents.Error.class))))
class Open311Controller {

    static final String BASE = "/open311/v2";
    /** The date of the last change of this API's behaviour (discovery's changeset). */
    static final String CHANGESET = "2026-03-01T00:00:00+07:00";

    private final Open311Properties properties;
    private final Open311Writer writer;
    private final Open311Services services;
    private final Open311Requests requests;
    private final Open311Submission submission;
    private final RateLimits limits;
    private final String publicBaseUrl;

    Open311Controller(Open311Properties properties, Open311Writer writer, Open311Services services,
                      Open311Requests requests, Open311Submission submission, RateLimits limits,
                      @Value("${feedback.public-base-url}") String publicBaseUrl) {
        this.limits = limits;
        this.properties = properties;
        this.writer = writer;
        this.services = services;
        this.requests = requests;
        this.submission = submission;
        this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
                : publicBaseUrl;
    }

    @GetMapping("/discovery.{format}")
    @Operation(summary = "Where this endpoint is and what it speaks")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation =
            Open311Documents.Discovery.class)))
    ResponseEntity<String> discovery(@PathVariable String format) {
        Open311Format f = Open311Format.of(format);
        Open311Documents.Endpoint endpoint = new Open311Documents.Endpoint("http://wiki.open311.org/GeoReport_v2",
                publicBaseUrl + BASE, CHANGESET, "production", List.of("application/json", "text/xml"));
        return writer.single(f, HttpStatus.OK, "discovery", new Open311Documents.Discovery(CHANGESET, properties.contact(),
                "Mỗi ứng dụng một api_key, do quản trị viên của Thành phố cấp / One api_key per client application, "
                        + "given by the city's administrator", List.of(endpoint)));
    }

    @GetMapping("/services.{format}")
    @Operation(summary = "The services: the report categories (service_code = category code)")
    @ApiResponse(responseCode = "200", content = @Content(array = @ArraySchema(schema = @Schema(implementation =
            Open311Documents.Service.class))))
    ResponseEntity<String> services(@PathVariable String format,
                                    @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
        Open311Format f = Open311Format.of(format);
        checkJurisdiction(jurisdiction);
        return writer.list(f, HttpStatus.OK, "services", "service", services.all());
    }

    @GetMapping("/services/{serviceCode}.{format}")
    @Operation(summary = "The attributes a service asks (its definition)")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation =
            Open311Documents.ServiceDefinition.class)))
    ResponseEntity<String> service(@PathVariable String serviceCode, @PathVariable String format,
                                   @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
        Open311Format f = Open311Format.of(format);
        checkJurisdiction(jurisdiction);
        return writer.single(f, HttpStatus.OK, "service_definition", services.definition(serviceCode));
    }

    @PostMapping(value = "/requests.{format}", consumes = {MediaType.APPLICATION_FORM_URLENCODED_VALUE,
            MediaType.MULTIPART_FORM_DATA_VALUE})
    @Operation(summary = "Submit a report (the same intake as POST /api/reports)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
                            schema = @Schema(implementation = Open311Form.class)),
                    @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                            schema = @Schema(implementation = Open311Form.class))}))
    @ApiResponse(responseCode = "201", description = "Stored: service_request_id is the tracking code",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation =
                    Open311Documents.Created.class))))
    @ApiResponse(responseCode = "403", description = "api_key missing, unknown or revoked",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation =
                    Open311Documents.Error.class))))
    @ApiResponse(responseCode = "413", description = "Media too large", content = @Content(array =
            @ArraySchema(schema = @Schema(implementation = Open311Documents.Error.class))))
    @ApiResponse(responseCode = "415", description = "Media of a type that is not accepted", content = @Content(
            array = @ArraySchema(schema = @Schema(implementation = Open311Documents.Error.class))))
    ResponseEntity<String> submit(@PathVariable String format,
                                  @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> form,
                                  @Parameter(hidden = true) @RequestParam(name = "media", required = false)
                                  MultipartFile media,
                                  @Parameter(description = "Optional: the same key on a retry of the same request "
                                          + "answers the same report and token instead of storing a second one")
                                  @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                                  @Parameter(hidden = true) HttpServletRequest http) {
        limits.take(RateLimits.Kind.REPORT_WRITES, http.getRemoteAddr());
        Open311Format f = Open311Format.of(format);
        checkJurisdiction(Open311Submission.one(form, "jurisdiction_id"));
        Open311Documents.Created created = submission.submit(form, media, idempotencyKey);
        ResponseEntity<String> body = writer.list(f, HttpStatus.CREATED, "service_requests", "request",
                List.of(created));
        return ResponseEntity.created(URI.create(BASE + "/requests/" + created.serviceRequestId() + "." + format))
                .headers(body.getHeaders()).body(body.getBody());
    }

    @GetMapping("/requests.{format}")
    @Operation(summary = "Public reports, newest first (at most 90 days; default: the last 90 days)")
    @ApiResponse(responseCode = "200", content = @Content(array = @ArraySchema(schema = @Schema(implementation =
            Open311Documents.ServiceRequest.class))))
    ResponseEntity<String> requests(
            @PathVariable String format,
            @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction,
            @Parameter(description = "Tracking codes, comma-separated; then the other filters do not apply")
            @RequestParam(name = "service_request_id", required = false) String serviceRequestId,
            @Parameter(description = "Category codes, comma-separated")
            @RequestParam(name = "service_code", required = false) String serviceCode,
            @Parameter(description = "Received at or after (W3C date-time, or a date)")
            @RequestParam(name = "start_date", required = false) String startDate,
            @Parameter(description = "Received before (W3C date-time, or a date: its end)")
            @RequestParam(name = "end_date", required = false) String endDate,
            @Parameter(description = "open, closed, or both comma-separated")
            @RequestParam(name = "status", required = false) String status,
            @Parameter(description = "1-based page number") @RequestParam(name = "page", required = false)
            String page,
            @Parameter(description = "1 to 200, default 50") @RequestParam(name = "page_size", required = false)
            String pageSize) {
        Open311Format f = Open311Format.of(format);
        checkJurisdiction(jurisdiction);
        return writer.list(f, HttpStatus.OK, "service_requests", "request", requests.list(new Open311Requests.Query(
                serviceRequestId, serviceCode, startDate, endDate, status, page, pageSize)));
    }

    @GetMapping("/requests/{serviceRequestId}.{format}")
    @Operation(summary = "One public report by its tracking code")
    @ApiResponse(responseCode = "200", content = @Content(array = @ArraySchema(schema = @Schema(implementation =
            Open311Documents.ServiceRequest.class))))
    ResponseEntity<String> request(@PathVariable String serviceRequestId, @PathVariable String format,
                                   @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction,
                                   @Parameter(hidden = true) HttpServletRequest http) {
        limits.take(RateLimits.Kind.LOOKUPS, http.getRemoteAddr());
        Open311Format f = Open311Format.of(format);
        checkJurisdiction(jurisdiction);
        return writer.list(f, HttpStatus.OK, "service_requests", "request", List.of(requests.one(serviceRequestId)));
    }

    @GetMapping("/tokens/{token}.{format}")
    @Operation(summary = "The tracking code of the report a POST's token stands for")
    @ApiResponse(responseCode = "200", content = @Content(array = @ArraySchema(schema = @Schema(implementation =
            Open311Documents.Token.class))))
    ResponseEntity<String> token(@PathVariable String token, @PathVariable String format,
                                 @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction,
                                 @Parameter(hidden = true) HttpServletRequest http) {
        limits.take(RateLimits.Kind.LOOKUPS, http.getRemoteAddr());
        Open311Format f = Open311Format.of(format);
        checkJurisdiction(jurisdiction);
        return writer.list(f, HttpStatus.OK, "service_requests", "request", List.of(requests.token(token)));
    }

    @GetMapping("/servicerequestupdates.{format}")
    @Operation(summary = "mySociety's extension: the public steps of public reports, oldest first, with extended "
            + "statuses (default: the last 24 hours; at most 90 days)")
    @ApiResponse(responseCode = "200", content = @Content(array = @ArraySchema(schema = @Schema(implementation =
            Open311Documents.RequestUpdate.class))))
    ResponseEntity<String> updates(
            @PathVariable String format,
            @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction,
            @Parameter(description = "Steps at or after (W3C date-time, or a date)")
            @RequestParam(name = "start_date", required = false) String startDate,
            @Parameter(description = "Steps before (W3C date-time, or a date: its end)")
            @RequestParam(name = "end_date", required = false) String endDate,
            @Parameter(description = "1-based page number") @RequestParam(name = "page", required = false)
            String page,
            @Parameter(description = "1 to 200, default 50") @RequestParam(name = "page_size", required = false)
            String pageSize) {
        Open311Format f = Open311Format.of(format);
        checkJurisdiction(jurisdiction);
        return writer.list(f, HttpStatus.OK, "service_request_updates", "request_update",
                requests.updates(startDate, endDate, page, pageSize));
    }

    /** Anything else under the base: an Open311 404, not the application's error page. */
    @Hidden
    @RequestMapping("/**")
    ResponseEntity<String> unknown(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Open311Format format = Open311Format.ofPath(path);
        if (REQUESTS.matcher(path).matches() && "POST".equals(request.getMethod())) {
            return writer.error(format, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "POST requests as "
                    + "application/x-www-form-urlencoded or multipart/form-data; was " + request.getContentType()
                    + ".");
        }
        if (READABLE.matcher(path).matches() || REQUESTS.matcher(path).matches()) {
            ResponseEntity<String> error = writer.error(format, HttpStatus.METHOD_NOT_ALLOWED, request.getMethod()
                    + " is not allowed on " + path + ".");
            return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).headers(error.getHeaders())
                    .header("Allow", REQUESTS.matcher(path).matches() ? "GET, POST" : "GET").body(error.getBody());
        }
        return writer.error(format, HttpStatus.NOT_FOUND, "There is no Open311 resource " + path + "; see "
                + BASE + "/discovery.json.");
    }

    private static final java.util.regex.Pattern REQUESTS = java.util.regex.Pattern.compile(
            BASE + "/requests\\.(json|xml)");
    private static final java.util.regex.Pattern READABLE = java.util.regex.Pattern.compile(BASE
            + "/(discovery|services|servicerequestupdates|services/[^/]+|requests/[^/]+|tokens/[^/]+)\\.(json|xml)");

    private void checkJurisdiction(String jurisdiction) {
        if (jurisdiction != null && !jurisdiction.isBlank() && !jurisdiction.strip().equals(
                properties.jurisdictionId())) {
            throw Open311Exception.notFound("jurisdiction_id '" + jurisdiction.strip() + "' is not served here; "
                    + "this endpoint serves " + properties.jurisdictionId() + ".");
        }
    }
}
