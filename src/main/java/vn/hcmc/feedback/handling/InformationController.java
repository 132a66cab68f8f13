package vn.hcmc.feedback.handling;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.hcmc.feedback.attachment.Uploads;
import vn.hcmc.feedback.report.AccessTokens;
import vn.hcmc.feedback.report.Report;
import vn.hcmc.feedback.report.ReportViews;
import vn.hcmc.feedback.system.Refusal;

/**
 * {@code POST /api/reports/{trackingCode}/information}: the citizen answers the unit's question, with the report's
 * access token ({@code X-Report-Token}); JSON {@code {"text"}} or multipart (part {@code information} with that
 * JSON, optional {@code files} inspected exactly as at intake). 204 when taken; the deadline clock resumes.
 */
@RestController
@RequestMapping("/api/reports/{trackingCode}/information")
class InformationController {

    static final String REPORT_TOKEN = "X-Report-Token";

    private final ReportViews views;
    private final HandlingActions actions;
    private final ObjectMapper objectMapper;
    private final Uploads uploads;

    InformationController(ReportViews views, HandlingActions actions, ObjectMapper objectMapper, Uploads uploads) {
        this.views = views;
        this.actions = actions;
        this.objectMapper = objectMapper;
        this.uploads = uploads;
    }

    record Information(String text) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> json(@PathVariable String trackingCode,
                              @RequestHeader(value = REPORT_TOKEN, required = false) String token,
                              @RequestBody Information information) {
        Report report = authorised(trackingCode, token);
        actions.informationFromCitizen(report, information == null ? null : information.text(), List.of());
        return ResponseEntity.noContent().build();
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Void> multipart(@PathVariable String trackingCode,
                                   @RequestHeader(value = REPORT_TOKEN, required = false) String token,
                                   @RequestPart(value = "information", required = false) String informationJson,
                                   @RequestPart(value = "files", required = false) List<MultipartFile> files) {
        Report report = authorised(trackingCode, token);
        if (informationJson == null || informationJson.isBlank()) {
            throw Refusal.invalid("missing-information-part",
                    "A multipart answer needs a part named 'information' with {\"text\": ...}.");
        }
        Information information;
        try {
            information = objectMapper.readValue(informationJson, Information.class);
        } catch (JsonProcessingException e) {
            throw Refusal.invalid("malformed-request",
                    "The 'information' part is not valid JSON of the form {\"text\": ...}: " + e.getOriginalMessage());
        }
        String text = information == null ? null : information.text();
        uploads.admitted(files, incoming -> {
            actions.informationFromCitizen(report, text, incoming);
            return null;
        });
        return ResponseEntity.noContent().build();
    }

    private Report authorised(String trackingCode, String token) {
        Report report = views.find(trackingCode);
        if (token == null || token.isBlank()) {
            throw Refusal.invalid("report-token-required",
                    "Send the report's access token (received when the report was sent) in the X-Report-Token header.");
        }
        if (!AccessTokens.matches(token, report.getAccessTokenHash())) {
            throw Refusal.forbidden("invalid-report-token",
                    "The X-Report-Token does not belong to report " + report.getTrackingCode() + ".");
        }
        return report;
    }

}
