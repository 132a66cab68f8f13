package vn.hcmc.feedback.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.hcmc.feedback.attachment.Uploads;
import vn.hcmc.feedback.attachment.Attachments;
import vn.hcmc.feedback.system.Refusal;

/** The citizens' report API. */
@RestController
@RequestMapping("/api/reports")
class ReportController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String REPORT_TOKEN = "X-Report-Token";

    private final ReportIntake intake;
    private final ReportViews views;
    private final Attachments attachments;
    private final ObjectMapper objectMapper;
    private final Validator validator;
    private final Uploads uploads;

    ReportController(ReportIntake intake, ReportViews views, Attachments attachments, ObjectMapper objectMapper,
                     Validator validator, Uploads uploads) {
        this.intake = intake;
        this.views = views;
        this.attachments = attachments;
        this.objectMapper = objectMapper;
        this.validator = validator;
        this.uploads = uploads;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ReportSubmitted> submit(@Valid @RequestBody ReportRequest request,
                                           @RequestHeader(value = IDEMPOTENCY_KEY, required = false) String key) {
        return created(intake.submit(request, List.of(), key));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ReportSubmitted> submitWithFiles(
            @RequestPart(value = "report", required = false) String reportJson,
            @RequestPart(value = "files", required = false) List<MultipartFile> files,
            @RequestHeader(value = IDEMPOTENCY_KEY, required = false) String key) {
        if (reportJson == null || reportJson.isBlank()) {
            throw Refusal.invalid("missing-report-part",
                    "A multipart report needs a part named 'report' with the report's JSON.");
        }
        ReportRequest request = parse(reportJson);
        return created(uploads.admitted(files, incoming -> intake.submit(request, incoming, key)));
    }

    @GetMapping("/{trackingCode}")
    ReportView view(@PathVariable String trackingCode,
                    @RequestHeader(value = REPORT_TOKEN, required = false) String token) {
        return views.citizenView(trackingCode, token);
    }

    /** The metadata-free copy of a photo, for a public report or with the report's token. */
    @GetMapping("/{trackingCode}/attachments/{attachmentId}")
    ResponseEntity<byte[]> publicCopy(@PathVariable String trackingCode, @PathVariable Long attachmentId,
                                      @RequestHeader(value = REPORT_TOKEN, required = false) String token) {
        views.citizenView(trackingCode, token);
        Report report = views.find(trackingCode);
        var file = attachments.of(report.getId()).stream().filter(a -> a.getId().equals(attachmentId)).findFirst();
        byte[] bytes = attachments.publicCopy(report.getId(), attachmentId).orElseThrow(() -> Refusal.notFound(
                "attachment-not-found", "Report " + trackingCode + " has no public file " + attachmentId + "."));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.orElseThrow().getPublicMediaType()))
                .cacheControl(CacheControl.noCache()).header("X-Content-Type-Options", "nosniff").body(bytes);
    }

    private ResponseEntity<ReportSubmitted> created(ReportIntake.Outcome outcome) {
        ReportSubmitted submitted = outcome.submitted();
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/reports/" + submitted.trackingCode()))
                .header("Idempotent-Replayed", String.valueOf(outcome.replayed()))
                .body(submitted);
    }

    private ReportRequest parse(String json) {
        ReportRequest request;
        try {
            request = objectMapper.readValue(json, ReportRequest.class);
        } catch (JsonProcessingException e) {
            throw Refusal.invalid("malformed-request",
                    "The 'report' part is not valid JSON of the expected shape: " + e.getOriginalMessage());
        }
        if (request == null) {
            throw Refusal.invalid("malformed-request", "The 'report' part is empty.");
        }
        Set<ConstraintViolation<ReportRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            List<Map<String, Object>> errors = violations.stream()
                    .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .map(v -> Map.<String, Object>of("field", v.getPropertyPath().toString(), "message", v.getMessage()))
                    .toList();
            String detail = errors.stream().map(e -> e.get("field") + ": " + e.get("message"))
                    .reduce((a, b) -> a + "; " + b).orElse("invalid request");
            throw new Refusal(Refusal.Reason.INVALID, "validation-failed", "Dữ liệu không hợp lệ / Invalid data",
                    detail, Map.of("errors", errors));
        }
        return request;
    }

}
