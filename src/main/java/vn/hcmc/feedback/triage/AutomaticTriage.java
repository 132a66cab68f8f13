package vn.hcmc.feedback.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.hcmc.feedback.directory.Category;
import vn.hcmc.feedback.directory.Unit;
import vn.hcmc.feedback.directory.UnitDirectory;
import vn.hcmc.feedback.directory.WardLocator;

/**
 * Automatic triage of one report: category and confidence, urgency, spam and complaint flags, the ward of the place,
 * and the reasons (if any) to hand the report to a person instead of routing it automatically.
 *
 * <p>The ward is, in this order: {@code wardCode} when it is a commune-level unit of units.yaml; the ward whose
 * boundary contains the location; a unit name written in the address; a unit name written in the title or the
 * description. The per-contact hourly rate limit is the intake's business (it counts stored reports).
 */
@Service
public class AutomaticTriage {

    public static final String LOW_CONFIDENCE = "low-confidence";
    public static final String WARD_UNKNOWN = "ward-unknown";
    public static final String SPAM_SUSPECTED = "spam-suspected";
    public static final String COMPLAINT_OR_DENUNCIATION = "complaint-or-denunciation";

    private final ReportClassifier classifier;
    private final ContentScreening screening;
    private final WardLocator wards;
    private final UnitDirectory directory;
    private final TriageProperties properties;

    public AutomaticTriage(ReportClassifier classifier, ContentScreening screening, WardLocator wards,
                           UnitDirectory directory, TriageProperties properties) {
        this.classifier = classifier;
        this.screening = screening;
        this.wards = wards;
        this.directory = directory;
        this.properties = properties;
    }

    public TriageOutcome triage(TriageInput input, String wardCode, Double lat, Double lon) {
        Classification classification = classifier.classify(input);
        Screening screen = screening.screen(input);
        Optional<Unit> ward = ward(input, wardCode, lat, lon);
        List<String> reasons = new ArrayList<>(4);
        if (classification.confidence() < properties.minConfidence()) {
            reasons.add(LOW_CONFIDENCE);
        }
        if (ward.isEmpty() && needsWard(classification.category())) {
            reasons.add(WARD_UNKNOWN);
        }
        if (screen.spamSuspected()) {
            reasons.add(SPAM_SUSPECTED);
        }
        if (screen.complaintOrDenunciation()) {
            reasons.add(COMPLAINT_OR_DENUNCIATION);
        }
        return new TriageOutcome(classification.category(), classification.confidence(), classification.urgent(),
                screen.spamSuspected(), screen.complaintOrDenunciation(), ward, reasons);
    }

    private Optional<Unit> ward(TriageInput input, String wardCode, Double lat, Double lon) {
        Optional<Unit> ward = directory.unit(wardCode).filter(u -> u.kind().isCommuneLevel());
        if (ward.isEmpty() && lat != null && lon != null) {
            ward = wards.locate(lat, lon);
        }
        if (ward.isEmpty()) {
            ward = wards.findInText(input.address());
        }
        if (ward.isEmpty()) {
            ward = wards.findInText(input.title());
        }
        if (ward.isEmpty()) {
            ward = wards.findInText(input.description());
        }
        return ward;
    }

    /** Categories answered by the ward of the place, and "other" (a person decides, knowing the place helps). */
    private boolean needsWard(String category) {
        return ReportClassifier.OTHER.equals(category)
                || directory.category(category).map(Category::answeredByWard).orElse(true);
    }
}
