package vn.hcmc.feedback.office;

import java.time.Instant;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import vn.hcmc.feedback.directory.Unit;
import vn.hcmc.feedback.directory.UnitDirectory;
import vn.hcmc.feedback.security.Officials;
import vn.hcmc.feedback.survey.Survey;
import vn.hcmc.feedback.survey.SurveyCampaigns;
import vn.hcmc.feedback.survey.SurveyContent;
import vn.hcmc.feedback.survey.SurveyResults;
import vn.hcmc.feedback.survey.SurveyResultsView;
import vn.hcmc.feedback.survey.SurveyService;
import vn.hcmc.feedback.survey.SurveyStatus;
import vn.hcmc.feedback.system.Refusal;

/**
 * The staff survey view: a survey's design in words (questions, their type, choices, conditions), its state and
 * dates in city time, the approver's comment, and, once closed, its results with the answers' CSV. For the owner,
 * the approvers, city leaders and managers (SurveyCampaigns.readable), with the Tasklist login; the survey tasks'
 * forms link to it and Tasklist's tab "Hồ sơ / Case" frames it. Read-only: decisions are the forms'.
 */
@Controller
class StaffSurveyPage {

    static final String PATH = "/staff/surveys/{id}";

    private final SurveyCampaigns campaigns;
    private final SurveyService surveys;
    private final SurveyResults results;
    private final UnitDirectory directory;
    private final Officials officials;

    StaffSurveyPage(SurveyCampaigns campaigns, SurveyService surveys, SurveyResults results, UnitDirectory directory,
                    Officials officials) {
        this.campaigns = campaigns;
        this.surveys = surveys;
        this.results = results;
        this.directory = directory;
        this.officials = officials;
    }

    record Audience(String code, String name) {
    }

    @GetMapping(PATH)
    String survey(@PathVariable long id, @RequestParam(required = false) String taskId, Model model) {
        Survey survey = campaigns.readable(id);
        SurveyContent content = surveys.content(survey);
        model.addAttribute("survey", survey);
        model.addAttribute("content", content);
        model.addAttribute("audience", survey.audience().stream().map(code -> new Audience(code,
                directory.unit(code).map(Unit::nameVi).orElse(code))).toList());
        model.addAttribute("ownerUnit", survey.getOwnerUnit() == null ? null
                : directory.unit(survey.getOwnerUnit()).map(Unit::nameVi).orElse(survey.getOwnerUnit()));
        model.addAttribute("approvers", directory.units().stream()
                .filter(u -> u.leadersGroup().equals(survey.getApproverGroup())).map(u -> "Lãnh đạo " + u.nameVi())
                .findFirst().orElse(survey.getApproverGroup()));
        model.addAttribute("results", resultsOf(survey));
        model.addAttribute("official", officials.currentUserId());
        model.addAttribute("inTasklist", StaffReportPage.isTaskId(taskId));
        model.addAttribute("times", new Times());
        return "office/survey";
    }

    /** Every answer as CSV, as the staff API exports it, with the Tasklist login. */
    @GetMapping(PATH + "/results.csv")
    ResponseEntity<StreamingResponseBody> csv(@PathVariable long id) {
        return results.csvDownload(campaigns.readable(id));
    }

    private SurveyResultsView resultsOf(Survey survey) {
        if (survey.getStatus() != SurveyStatus.CLOSED && survey.getStatus() != SurveyStatus.PUBLISHED) {
            return null;
        }
        try {
            return results.view(survey);
        } catch (Refusal refusal) {
            if (refusal.reason() == Refusal.Reason.CONFLICT) {
                return null; // closed, results still being aggregated: the page says so
            }
            throw refusal;
        }
    }

    /** Instants in city time for the template. */
    static final class Times {
        public String local(Instant instant) {
            return CaseFiles.local(instant);
        }
    }
}
