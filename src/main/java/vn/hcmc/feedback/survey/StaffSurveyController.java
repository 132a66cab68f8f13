package vn.hcmc.feedback.survey;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import vn.hcmc.feedback.security.Officials;
import vn.hcmc.feedback.survey.SurveyViews.StaffSurvey;

/** The staff API of surveys: design, decisions, early close, extension, publication, results and CSV export. */
@RestController
@RequestMapping("/api/staff/surveys")
class StaffSurveyController {

    private final SurveyCampaigns campaigns;
    private final SurveyService surveys;
    private final SurveyResults results;
    private final SurveyRepository repository;
    private final Officials officials;

    StaffSurveyController(SurveyCampaigns campaigns, SurveyService surveys, SurveyResults results,
                          SurveyRepository repository, Officials officials) {
        this.campaigns = campaigns;
        this.surveys = surveys;
        this.results = results;
        this.repository = repository;
        this.officials = officials;
    }

    record Decision(@NotNull Boolean approved, @Size(max = 2000) String comment) {
    }

    record Extension(@NotNull Instant closesAt) {
    }

    record Conclusion(@NotBlank @Size(max = 4000) String conclusion) {
    }

    @PostMapping
    ResponseEntity<StaffSurvey> create(@Valid @RequestBody SurveyDesign design) {
        Survey survey = campaigns.submit(design);
        return ResponseEntity.status(HttpStatus.CREATED)
                .header(HttpHeaders.LOCATION, "/api/staff/surveys/" + survey.getId()).body(view(survey));
    }

    /** The caller's own surveys. */
    @GetMapping
    List<StaffSurvey> mine() {
        return repository.findByOwnerIdOrderByIdDesc(officials.currentUserId()).stream().map(this::view).toList();
    }

    @GetMapping("/{id}")
    StaffSurvey get(@PathVariable long id) {
        return view(campaigns.readable(id));
    }

    @PutMapping("/{id}")
    StaffSurvey update(@PathVariable long id, @Valid @RequestBody SurveyDesign design) {
        return view(campaigns.update(id, design));
    }

    @PostMapping("/{id}/decision")
    StaffSurvey decide(@PathVariable long id, @Valid @RequestBody Decision decision) {
        return view(campaigns.decide(id, decision.approved(), decision.comment()));
    }

    @PostMapping("/{id}/close")
    StaffSurvey close(@PathVariable long id) {
        return view(campaigns.closeEarly(id));
    }

    @PostMapping("/{id}/extend")
    StaffSurvey extend(@PathVariable long id, @Valid @RequestBody Extension extension) {
        return view(campaigns.extend(id, extension.closesAt()));
    }

    @PostMapping("/{id}/publish")
    StaffSurvey publish(@PathVariable long id, @Valid @RequestBody Conclusion conclusion) {
        return view(campaigns.publish(id, conclusion.conclusion()));
    }

    /** Results for the owner's review, from closing on (never before). */
    @GetMapping("/{id}/results")
    SurveyResultsView results(@PathVariable long id) {
        Survey survey = closedForStaff(id);
        return results.view(survey);
    }

    @GetMapping(value = "/{id}/results.csv", produces = "text/csv")
    ResponseEntity<StreamingResponseBody> csv(@PathVariable long id) {
        return results.csvDownload(campaigns.readable(id));
    }

    private Survey closedForStaff(long id) {
        Survey survey = campaigns.readable(id);
        SurveyService.requireStatus(survey, "read the results of", SurveyStatus.CLOSED, SurveyStatus.PUBLISHED);
        return survey;
    }

    private StaffSurvey view(Survey survey) {
        return StaffSurvey.of(survey, surveys.content(survey));
    }
}
