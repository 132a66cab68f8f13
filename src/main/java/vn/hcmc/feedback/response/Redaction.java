package vn.hcmc.feedback.response;

import java.util.List;

/** The redacted text and, for audit, every span of the original that was replaced (ordered by start). */
public record Redaction(String redacted, List<Span> redactions) {

    public Redaction {
        redactions = List.copyOf(redactions);
    }
}
