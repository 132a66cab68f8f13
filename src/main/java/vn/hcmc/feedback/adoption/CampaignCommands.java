package vn.hcmc.feedback.adoption;

import static vn.hcmc.feedback.adoption.AdoptionProcess.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcmc.feedback.directory.CityGroups;
import vn.hcmc.feedback.directory.Unit;
import vn.hcmc.feedback.security.Officials;
import vn.hcmc.feedback.system.Refusal;

/**
 * What the staff API does, each in one transaction: who may (403), whether the campaign is at that step (409),
 * whether the input is valid (400), and only then the change: the campaign and its process start together, and a
 * task's completion stores its data through the task's listener, so Tasklist and the API share one path.
 */
@Service
@Transactional
public class CampaignCommands {

    private final CampaignDesign design;
    private final Campaigns campaigns;
    private final ProgressReports reports;
    private final Commendations commendations;
    private final AdoptionWorkflow workflow;
    private final Officials officials;

    public CampaignCommands(CampaignDesign design, Campaigns campaigns, ProgressReports reports,
                            Commendations commendations, AdoptionWorkflow workflow, Officials officials) {
        this.design = design;
        this.campaigns = campaigns;
        this.reports = reports;
        this.commendations = commendations;
        this.workflow = workflow;
        this.officials = officials;
    }

    public AdoptionCampaign create(NewCampaign request) {
        String owner = officials.requireAnyGroup("create adoption campaigns", CityGroups.CAMPAIGN_OWNERS);
        AdoptionCampaign campaign = design.create(request, owner);
        design.startedAs(campaign.getId(), workflow.start(campaign.getId()));
        return campaign;
    }

    public ProgressReport report(Long campaignId, String unitCode, ProgressFigures figures) {
        officials.requireAnyGroup("report progress for unit " + unitCode, Unit.leadersGroupOf(unitCode));
        AdoptionCampaign campaign = campaigns.campaign(campaignId);
        campaigns.unit(campaignId, unitCode);
        if (campaign.getStatus() != AdoptionCampaign.Status.RUNNING) {
            throw Refusal.conflict("campaign-not-running", "Campaign " + campaignId + " is "
                    + campaign.getStatus() + "; its deadline has passed and it takes no more reports.");
        }
        Task task = workflow.reportTask(campaign.getProcessInstanceId(), unitCode).orElseThrow(() ->
                Refusal.conflict("no-open-period", "Unit " + unitCode + " has no report to make now: it has "
                        + "reported for the current period; the next period opens when this one ends."));
        int periodNo = workflow.periodOf(task);
        reports.checkReport(campaignId, unitCode, periodNo, figures);
        Map<String, Object> variables = new HashMap<>();
        variables.put(HEADCOUNT, figures.headcount());
        variables.put(STAFF_INSTALLED, figures.staffInstalled());
        variables.put(RESIDENTS_REACHED, figures.residentsReached());
        variables.put(NOTE, figures.note());
        workflow.complete(task, variables);
        return reports.latestReport(campaignId, unitCode).orElseThrow();
    }

    public void propose(Long campaignId, List<String> unitCodes) {
        officials.requireAnyGroup("propose commendations", CityGroups.CAMPAIGN_OWNERS);
        AdoptionCampaign campaign = campaigns.campaign(campaignId);
        Task task = workflow.task(campaign.getProcessInstanceId(), PROPOSE).orElseThrow(() ->
                Refusal.conflict("not-proposing", "Campaign " + campaignId + " is " + campaign.getStatus()
                        + ", not waiting for a commendation proposal."));
        List<String> codes = commendations.checkProposal(campaignId, unitCodes);
        workflow.complete(task, Map.of(UNIT_CODES, String.join(",", codes)));
    }

    public void decide(Long campaignId, Boolean approved, String comment) {
        officials.requireAnyGroup("approve commendations", CityGroups.CITY_LEADERS);
        AdoptionCampaign campaign = campaigns.campaign(campaignId);
        Task task = workflow.task(campaign.getProcessInstanceId(), APPROVE).orElseThrow(() ->
                Refusal.conflict("not-approving", "Campaign " + campaignId + " is " + campaign.getStatus()
                        + ", not waiting for approval."));
        Map<String, Object> variables = new HashMap<>();
        variables.put(APPROVED, approved);
        variables.put(COMMENT, comment);
        workflow.complete(task, variables);
    }
}
