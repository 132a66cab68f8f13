package vn.hcmc.feedback.redaction;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lets any logged-in official see how a text will be published: the same service that publication uses.
 * Stores nothing.
 */
@RestController
class RedactionController {

    static final int MAX_TEXT = 20_000;

    private final RedactionService redaction;

    RedactionController(RedactionService redaction) {
        this.redaction = redaction;
    }

    @PostMapping("/api/staff/redaction/preview")
    Redaction preview(@Valid @RequestBody PreviewRequest request) {
        return redaction.redact(request.text(), request.reporterName());
    }

    record PreviewRequest(
            @NotBlank(message = "text is required") @Size(max = MAX_TEXT, message = "at most 20000 characters")
            String text,
            @Size(max = 200, message = "at most 200 characters") String reporterName) {
    }
}
