package vn.hcmc.feedback.triage;

import java.util.List;
import org.springframework.stereotype.Service;

/** Classifies a report into a category with a confidence, and detects urgency. */
@Service
public class ReportClassifier {

    public Classification classify(TriageInput input) {
        String hint = input.citizenCategory();
        return new Classification(hint == null ? "other" : hint, 0.0, false, List.of());
    }
}
