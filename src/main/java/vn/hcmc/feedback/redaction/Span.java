package vn.hcmc.feedback.redaction;

/**
 * One redaction: the rule that matched and the half-open range {@code [start, end)} it covered in the ORIGINAL text
 * (Java {@code String} indices, UTF-16 code units).
 */
public record Span(String rule, int start, int end) {
}
