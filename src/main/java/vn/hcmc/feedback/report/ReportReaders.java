package vn.hcmc.feedback.report;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.hcmc.feedback.directory.CityGroups;
import vn.hcmc.feedback.directory.Unit;
import vn.hcmc.feedback.security.Officials;

/**
 * Who may read a whole report (text, photos, contact): the triage desk, the assigned unit's officials and leaders,
 * the city inspectorate and managers. The one check behind the staff API and the staff report view.
 */
@Component
public class ReportReaders {

    private final ReportViews views;
    private final Officials officials;

    ReportReaders(ReportViews views, Officials officials) {
        this.views = views;
        this.officials = officials;
    }

    /** The report, for the logged-in official who may read it; 404 for no such report, else 403. */
    public Report readable(String trackingCode) {
        Report report = views.find(trackingCode);
        List<String> groups = new ArrayList<>(List.of(CityGroups.TRIAGE_DESK, CityGroups.CITY_INSPECTORATE,
                CityGroups.MANAGERS));
        if (report.getUnitCode() != null) {
            groups.add(Unit.staffGroupOf(report.getUnitCode()));
            groups.add(Unit.leadersGroupOf(report.getUnitCode()));
        }
        officials.requireAnyGroup("read report " + report.getTrackingCode(), groups.toArray(String[]::new));
        return report;
    }
}
