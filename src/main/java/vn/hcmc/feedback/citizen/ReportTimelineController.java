package vn.hcmc.feedback.citizen;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/reports/{trackingCode}/timeline}: the steps of a report in the citizen's words (the follow page's
 * timeline); with {@code X-Report-Token} also the open question and whether the answer can be rated.
 */
@RestController
class ReportTimelineController {

    static final String REPORT_TOKEN = "X-Report-Token";

    private final ReportTimeline timeline;

    ReportTimelineController(ReportTimeline timeline) {
        this.timeline = timeline;
    }

    @GetMapping("/api/reports/{trackingCode}/timeline")
    ReportTimeline.Timeline timeline(@PathVariable String trackingCode,
                                     @RequestHeader(value = REPORT_TOKEN, required = false) String token) {
        return timeline.of(trackingCode, token);
    }
}
