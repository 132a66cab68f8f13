package vn.hcmc.feedback.triage;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of automatic triage. {@code minConfidence}: a report whose category confidence is below it goes to a
 * person (manual triage, reason {@code low-confidence}). The confidence is calibrated on the evaluation corpus so
 * that the default keeps automatic decisions right at least nine times in ten.
 */
@ConfigurationProperties("feedback.triage")
public record TriageProperties(@DefaultValue(TriageProperties.DEFAULT_MIN_CONFIDENCE) double minConfidence) {

    public static final String DEFAULT_MIN_CONFIDENCE = "0.5";

    public TriageProperties {
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("feedback.triage.min-confidence must be between 0 and 1, not "
                    + minConfidence);
        }
    }

    public static TriageProperties defaults() {
        return new TriageProperties(Double.parseDouble(DEFAULT_MIN_CONFIDENCE));
    }
}
