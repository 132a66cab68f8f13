package vn.hcmc.feedback.report;

import java.time.Instant;

/** The answer to a submission; {@code accessToken} is the only time the citizen sees the token. */
public record ReportSubmitted(String trackingCode, String accessToken, String status, Instant receivedAt) {
}
