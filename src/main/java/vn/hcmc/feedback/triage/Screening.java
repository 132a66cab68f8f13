package vn.hcmc.feedback.triage;

/**
 * The spam and abuse screen. {@code reason} is null or a short code: {@code empty}, {@code gibberish},
 * {@code links}, {@code spam-phrase}, {@code complaint}, {@code denunciation}.
 */
public record Screening(boolean spamSuspected, boolean complaintOrDenunciation, String reason) {
}
