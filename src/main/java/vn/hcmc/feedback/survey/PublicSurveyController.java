package vn.hcmc.feedback.survey;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.hcmc.feedback.system.Refusal;
import vn.hcmc.feedback.survey.SurveyViews.PublicSummary;
import vn.hcmc.feedback.survey.SurveyViews.PublicSurvey;

/** The citizens' survey API: open surveys, their questions, answering, published results. */
@RestController
@RequestMapping("/api/surveys")
class PublicSurveyController {

    private final SurveyRepository repository;
    private final SurveyService surveys;
    private final SurveyAnswers answers;
    private final SurveyResults results;
    private final PhoneVerification phones;
    private final Clock clock;

    PublicSurveyController(SurveyRepository repository, SurveyService surveys, SurveyAnswers answers,
                           SurveyResults results, PhoneVerification phones, Clock clock) {
        this.phones = phones;
        this.repository = repository;
        this.surveys = surveys;
        this.answers = answers;
        this.results = results;
        this.clock = clock;
    }

    /** Surveys open now; with {@code unit}, those asking that unit (city-wide ones included). */
    @GetMapping
    List<PublicSummary> open(@RequestParam(required = false) String unit) {
        var now = clock.instant();
        return repository.findByStatusOrderByClosesAtAsc(SurveyStatus.OPEN).stream()
                .filter(s -> s.getClosesAt().isAfter(now))
                .filter(s -> unit == null || unit.isBlank() || s.isForUnit(unit.strip()))
                .map(s -> PublicSummary.of(s, surveys.content(s))).toList();
    }

    /** Surveys whose results are published, newest first. */
    @GetMapping("/published")
    List<PublicSummary> published() {
        return repository.findByStatusOrderByPublishedAtDesc(SurveyStatus.PUBLISHED).stream()
                .map(s -> PublicSummary.of(s, surveys.content(s))).toList();
    }

    /** A survey's questions, once it is open (and afterwards, for reading). */
    @GetMapping("/{id}")
    PublicSurvey get(@PathVariable long id) {
        Survey survey = visible(id);
        return PublicSurvey.of(survey, surveys.content(survey));
    }

    @PostMapping("/{id}/answers")
    @ResponseStatus(HttpStatus.CREATED)
    SurveyAnswers.Receipt answer(@PathVariable long id, @Valid @RequestBody AnswerSubmission submission,
                                 HttpServletRequest request) {
        return answers.submit(id, submission, request.getRemoteAddr());
    }

    /**
     * Sends a one-time code by SMS for a survey with verified phones (202): the answer then carries it. 400 for a
     * survey that does not verify phones or a bad number, 409 when the phone has answered or the survey is not open,
     * 429 after 3 codes an hour for one phone.
     */
    @PostMapping("/{id}/phone-codes")
    @ResponseStatus(HttpStatus.ACCEPTED)
    PhoneVerification.CodeSent phoneCode(@PathVariable long id, @Valid @RequestBody PhoneCodeRequest request) {
        Survey survey = visible(id);
        return phones.send(survey, request.phone());
    }

    record PhoneCodeRequest(@jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 40)
                            String phone) {
    }

    /** Published results; 409 before publication. */
    @GetMapping("/{id}/results")
    SurveyResultsView results(@PathVariable long id) {
        Survey survey = visible(id);
        if (survey.getStatus() != SurveyStatus.PUBLISHED) {
            throw Refusal.conflict("results-not-published", "The results of survey " + id
                    + " are not published yet.");
        }
        return results.view(survey);
    }

    private Survey visible(long id) {
        Survey survey = surveys.get(id);
        if (survey.getStatus().isEditable() || survey.getStatus() == SurveyStatus.SCHEDULED) {
            throw Refusal.notFound("survey-not-found", "There is no open survey " + id + ".");
        }
        return survey;
    }
}
