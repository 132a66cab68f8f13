package vn.hcmc.feedback.triage;

import java.util.List;

/** The classifier's answer: a category code, a confidence in 0..1, and whether the report is urgent and why. */
public record Classification(String category, double confidence, boolean urgent, List<String> urgencySignals) {

    public Classification {
        urgencySignals = urgencySignals == null ? List.of() : List.copyOf(urgencySignals);
    }
}
