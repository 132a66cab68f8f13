package vn.hcmc.feedback.answer;

import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hcmc.feedback.report.Report;
import vn.hcmc.feedback.directory.UnitDirectory;
import vn.hcmc.feedback.directory.WardLocator;
import vn.hcmc.feedback.report.ReportViews;
import vn.hcmc.feedback.system.Refusal;

/** The citizens' side of answers: the public feed, the published photos, and the rating of an answer. */
@RestController
class AnswerPublicController {

    static final String REPORT_TOKEN = "X-Report-Token";

    private final AnswerFeed feed;
    private final AnswerCommands commands;
    private final AnswerPublication publication;
    private final AnswerProposals proposals;
    private final ReportViews reports;
    private final WardLocator wards;
    private final UnitDirectory directory;

    AnswerPublicController(AnswerFeed feed, AnswerCommands commands, AnswerPublication publication,
                           AnswerProposals proposals, ReportViews reports, WardLocator wards,
                           UnitDirectory directory) {
        this.wards = wards;
        this.directory = directory;
        this.feed = feed;
        this.commands = commands;
        this.publication = publication;
        this.proposals = proposals;
        this.reports = reports;
    }

    @GetMapping("/api/answers")
    AnswerFeed.Page answers(@RequestParam(required = false) String category,
                            @RequestParam(required = false) String unit,
                            @RequestParam(required = false) String from,
                            @RequestParam(required = false) String to,
                            @RequestParam(required = false) String page,
                            @RequestParam(required = false) String size) {
        return feed.page(new AnswerFeed.Query(category, unit, from, to, number("page", page), number("size", size)));
    }

    /** A ward or commune on the map of answered reports: a point inside it, how many, the latest codes. */
    record MapWard(String wardCode, String nameVi, String nameEn, double lat, double lon, long count,
                   List<String> latest) {
    }

    /**
     * The map of answered reports, with the feed's filters: public answers counted by ward or commune (a marker
     * inside the ward, never the report's own place), each with its latest tracking codes.
     */
    @GetMapping("/api/answers/map")
    List<MapWard> map(@RequestParam(required = false) String category, @RequestParam(required = false) String unit,
                      @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        List<MapWard> wardsOnMap = new java.util.ArrayList<>();
        for (AnswerFeed.WardAnswers ward : feed.byWard(new AnswerFeed.Query(category, unit, from, to, null, null))) {
            var centre = wards.centre(ward.wardCode());
            var named = directory.unit(ward.wardCode());
            if (centre.isPresent() && named.isPresent()) {
                wardsOnMap.add(new MapWard(ward.wardCode(), named.get().nameVi(), named.get().nameEn(),
                        centre.get()[0], centre.get()[1], ward.count(), ward.latest()));
            }
        }
        return wardsOnMap;
    }

    /** A published evidence photo: only its metadata-free copy; a private report's only with its token. */
    @GetMapping("/api/answers/{trackingCode}/photos/{evidenceId}")
    ResponseEntity<byte[]> photo(@PathVariable String trackingCode, @PathVariable Long evidenceId,
                                 @RequestHeader(value = REPORT_TOKEN, required = false) String token) {
        reports.citizenView(trackingCode, token);
        Report report = reports.find(trackingCode);
        PublishedAnswer answer = publication.of(report.getId()).orElseThrow(() -> noPhoto(trackingCode, evidenceId));
        AnswerEvidence photo = proposals.evidence(report.getId(), evidenceId)
                .filter(e -> e.getProposalId().equals(answer.getProposalId()) && e.hasPublicCopy())
                .orElseThrow(() -> noPhoto(trackingCode, evidenceId));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.getPublicMediaType()))
                .cacheControl(CacheControl.noCache()).header("X-Content-Type-Options", "nosniff")
                .body(photo.getPublicCopy());
    }

    record Rated(String trackingCode, int score, String status) {
    }

    @PostMapping("/api/reports/{trackingCode}/rating")
    ResponseEntity<Rated> rate(@PathVariable String trackingCode,
                               @RequestHeader(value = REPORT_TOKEN, required = false) String token,
                               @RequestBody(required = false) RatingRequest request) {
        AnswerRating rating = commands.rate(trackingCode, token, request);
        Report report = reports.find(trackingCode);
        return ResponseEntity.status(HttpStatus.CREATED).body(new Rated(report.getTrackingCode(), rating.getScore(),
                report.getStatus().name()));
    }

    private static Refusal noPhoto(String trackingCode, Long evidenceId) {
        return Refusal.notFound("photo-not-found", "The published answer to report " + trackingCode
                + " has no photo " + evidenceId + ".");
    }

    private static Integer number(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw Refusal.invalid("invalid-" + name, name + " must be a whole number; was '" + value + "'.");
        }
    }
}
