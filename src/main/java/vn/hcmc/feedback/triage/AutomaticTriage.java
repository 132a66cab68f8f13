package vn.hcmc.feedback.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.hcmc.feedback.directory.Unit;
import vn.hcmc.feedback.directory.UnitDirectory;
import vn.hcmc.feedback.directory.WardLocator;

/** Category, urgency, spam and complaint flags, the ward, and whether a person must triage the report. */
@Service
public class AutomaticTriage {

    private final ReportClassifier classifier;
    private final ContentScreening screening;
    private final WardLocator wards;
    private final UnitDirectory directory;

    public AutomaticTriage(ReportClassifier classifier, ContentScreening screening, WardLocator wards,
                           UnitDirectory directory) {
        this.classifier = classifier;
        this.screening = screening;
        this.wards = wards;
        this.directory = directory;
    }

    public TriageOutcome triage(TriageInput input, String wardCode, Double lat, Double lon) {
        Classification c = classifier.classify(input);
        Screening s = screening.screen(input);
        Optional<Unit> ward = directory.unit(wardCode).filter(u -> u.kind().isCommuneLevel());
        if (ward.isEmpty() && lat != null && lon != null) {
            ward = wards.locate(lat, lon);
        }
        List<String> reasons = new ArrayList<>();
        if (c.confidence() < 0.5) {
            reasons.add("low-confidence");
        }
        if (s.spamSuspected()) {
            reasons.add("spam-suspected");
        }
        if (s.complaintOrDenunciation()) {
            reasons.add("complaint-or-denunciation");
        }
        return new TriageOutcome(c.category(), c.confidence(), c.urgent(), s.spamSuspected(),
                s.complaintOrDenunciation(), ward, reasons);
    }
}
