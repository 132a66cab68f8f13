package vn.hcmc.feedback.survey;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcmc.feedback.directory.Unit;
import vn.hcmc.feedback.directory.UnitDirectory;
import vn.hcmc.feedback.system.Refusal;

/**
 * Surveys as business objects: design, ownership, the state changes of their life. Knows nothing of the process
 * engine; the delegates and {@link SurveyCampaigns} call it.
 */
@Service
@Transactional
public class SurveyService {

    private final SurveyRepository surveys;
    private final DesignValidator validator;
    private final UnitDirectory directory;
    private final SurveyProperties properties;
    private final ObjectMapper json;
    private final Clock clock;

    SurveyService(SurveyRepository surveys, DesignValidator validator, UnitDirectory directory,
                  SurveyProperties properties, ObjectMapper json, Clock clock) {
        this.surveys = surveys;
        this.validator = validator;
        this.directory = directory;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    /** Stores a new design, awaiting approval by the leaders of the owner's unit (or the configured group). */
    public Survey create(SurveyDesign design, String ownerId, List<String> ownerGroups) {
        Instant now = clock.instant();
        validator.validate(design, now);
        String ownerUnit = directory.units().stream().map(Unit::code)
                .filter(code -> ownerGroups.contains(Unit.staffGroupOf(code))).findFirst().orElse(null);
        String approverGroup = ownerUnit == null ? properties.approverGroup() : Unit.leadersGroupOf(ownerUnit);
        Survey survey = new Survey(ownerId, ownerUnit, approverGroup, now);
        survey.applyDesign(design, write(design.content()), now);
        return surveys.save(survey);
    }

    @Transactional(readOnly = true)
    public Survey get(long id) {
        return surveys.findById(id).orElseThrow(() -> Refusal.notFound("survey-not-found",
                "There is no survey " + id + "."));
    }

    /** Replaces the design of a survey that is not yet approved. */
    public Survey updateDesign(long id, SurveyDesign design) {
        Survey survey = get(id);
        requireStatus(survey, "edit", SurveyStatus.AWAITING_APPROVAL, SurveyStatus.IN_REVISION);
        Instant now = clock.instant();
        validator.validate(design, now);
        survey.applyDesign(design, write(design.content()), now);
        return survey;
    }

    public void startedAs(long id, String processInstanceId) {
        get(id).startedAs(processInstanceId);
    }

    public Survey approve(long id) {
        Survey survey = get(id);
        survey.approved(clock.instant());
        return survey;
    }

    public void returnForRevision(long id, String comment) {
        get(id).returned(comment, clock.instant());
    }

    public void resubmit(long id) {
        get(id).changeStatus(SurveyStatus.AWAITING_APPROVAL, clock.instant());
    }

    public void open(long id) {
        get(id).opened(clock.instant());
    }

    /** Moves the closing instant, once, to a later instant. */
    public Survey extend(long id, Instant newClosesAt) {
        Survey survey = get(id);
        requireStatus(survey, "extend", SurveyStatus.OPEN);
        if (survey.isExtended()) {
            throw Refusal.conflict("already-extended", "Survey " + id + " was extended already; a survey may be "
                    + "extended only once.");
        }
        if (!newClosesAt.isAfter(survey.getClosesAt())) {
            throw Refusal.invalid("invalid-extension", "closesAt must be after the current closing instant "
                    + survey.getClosesAt() + ".");
        }
        survey.extendTo(newClosesAt, clock.instant());
        return survey;
    }

    public void markClosedEarly(long id) {
        Survey survey = get(id);
        requireStatus(survey, "close", SurveyStatus.OPEN);
        survey.markClosedEarly(clock.instant());
    }

    public void close(long id) {
        get(id).closed(clock.instant());
    }

    public void publish(long id, String conclusion) {
        get(id).published(conclusion, clock.instant());
    }

    public SurveyContent content(Survey survey) {
        try {
            return json.readValue(survey.getDesign(), SurveyContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The stored design of survey " + survey.getId() + " is not readable", e);
        }
    }

    public static void requireStatus(Survey survey, String action, SurveyStatus... allowed) {
        for (SurveyStatus status : allowed) {
            if (survey.getStatus() == status) {
                return;
            }
        }
        throw Refusal.conflict("wrong-survey-state", "Cannot " + action + " survey " + survey.getId()
                + " while it is " + survey.getStatus() + " (needs " + List.of(allowed) + ").");
    }

    private String write(SurveyContent content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a survey design", e);
        }
    }
}
