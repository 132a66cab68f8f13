package vn.hcmc.feedback.redaction;

import java.util.List;

/**
 * The redacted text and, for audit, every span of the original that was replaced (ordered by start).
 * {@code highlights} are the same replacements as ranges of the REDACTED text (what a reviewer sees highlighted).
 */
public record Redaction(String redacted, List<Span> redactions, List<Span> highlights) {

    public Redaction {
        redactions = List.copyOf(redactions);
        highlights = List.copyOf(highlights);
    }
}
