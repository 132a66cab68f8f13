package vn.hcmc.feedback.triage;

import java.util.List;
import java.util.Optional;
import vn.hcmc.feedback.directory.Unit;

/**
 * What automatic triage decided. {@code manualReasons} lists why a person must look at the report
 * ({@code low-confidence}, {@code ward-unknown}, {@code spam-suspected}, {@code complaint-or-denunciation});
 * empty means the report can be routed automatically.
 */
public record TriageOutcome(String category, double confidence, boolean urgent, boolean spamSuspected,
                            boolean complaintOrDenunciation, Optional<Unit> ward, List<String> manualReasons) {

    public TriageOutcome {
        ward = ward == null ? Optional.empty() : ward;
        manualReasons = manualReasons == null ? List.of() : List.copyOf(manualReasons);
    }

    public boolean manual() {
        return !manualReasons.isEmpty();
    }
}
