package vn.hcmc.feedback.adoption;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts the periods a unit ended without a report; the second in a row escalates it to the campaign owner. */
@Service
@Transactional
public class MissedPeriods {

    /** Missed periods in a row that escalate a unit to the campaign owner. */
    public static final int ESCALATE_AFTER_MISSED = 2;

    private final Campaigns campaigns;

    public MissedPeriods(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    /** A period ended without the unit's report; returns how many periods in a row it has missed. */
    public int recordMissedPeriod(Long campaignId, String unitCode) {
        return campaigns.unit(campaignId, unitCode).missedPeriod();
    }
}
