package vn.hcmc.feedback.adoption;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.hcmc.feedback.directory.CityGroups;
import vn.hcmc.feedback.directory.Unit;
import vn.hcmc.feedback.directory.UnitDirectory;
import vn.hcmc.feedback.notification.MailNotifier;
import vn.hcmc.feedback.security.Officials;

/**
 * The campaign's mails, in Vietnamese with English: the period-end reminder to a unit's leaders, and the
 * escalation of a unit that missed two periods to the campaign owner. Each mail is queued once per campaign, unit,
 * period and recipient, so retried jobs never repeat it; it leaves in its own delivery job (MailNotifier).
 */
@Service
public class AdoptionMails {

    private static final Logger log = LoggerFactory.getLogger(AdoptionMails.class);
    static final ZoneId CITY_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final Campaigns campaigns;
    private final ProgressReports reports;
    private final UnitDirectory directory;
    private final Officials officials;
    private final MailNotifier mail;

    public AdoptionMails(Campaigns campaigns, ProgressReports reports, UnitDirectory directory, Officials officials,
                         MailNotifier mail) {
        this.campaigns = campaigns;
        this.reports = reports;
        this.directory = directory;
        this.officials = officials;
        this.mail = mail;
    }

    public static String dedupPrefix(Long campaignId, String unitCode, int periodNo) {
        return "adoption:" + campaignId + ":" + unitCode + ":p" + periodNo + ":";
    }

    /** Reminds the unit's leaders of a missed report or of figures below target, with the city's average. */
    public int sendReminder(Long campaignId, String unitCode, int periodNo) {
        AdoptionCampaign campaign = campaigns.campaign(campaignId);
        CampaignUnit unit = campaigns.unit(campaignId, unitCode);
        String unitName = unitName(unitCode);
        boolean missed = !reports.hasReported(campaignId, unitCode, periodNo);
        OptionalDouble average = reports.cityAverage(campaignId);
        StringBuilder body = new StringBuilder();
        body.append("Kính gửi Lãnh đạo ").append(unitName).append(",\n\n")
                .append("Chiến dịch \"").append(campaign.getName()).append("\": kỳ báo cáo ").append(periodNo)
                .append(" đã kết thúc lúc ").append(shown(campaign.periodEnd(periodNo))).append(".\n");
        if (missed) {
            body.append("Đơn vị chưa gửi báo cáo tiến độ của kỳ này. / Your unit did not report for this period.\n");
        }
        reports.latestReport(campaignId, unitCode).ifPresentOrElse(r -> body
                        .append("Số liệu gần nhất / Latest figures: ").append(r.getStaffInstalled()).append("/")
                        .append(r.getHeadcount()).append(" cán bộ đã cài đặt / staff installed (")
                        .append(percent(r.staffRate())).append("), ").append(r.getResidentsReached())
                        .append(" người dân / residents reached.\n"),
                () -> body.append("Đơn vị chưa có số liệu nào. / No figures reported yet.\n"));
        body.append("Mục tiêu / Target: ").append(percent(campaign.getStaffTargetPercent()))
                .append(" cán bộ cài đặt / of staff installed");
        if (unit.getResidentTarget() != null) {
            body.append(", ").append(unit.getResidentTarget()).append(" người dân / residents");
        }
        body.append(".\nTrung bình toàn Thành phố / City average: ")
                .append(average.isPresent() ? percent(average.getAsDouble()) : "chưa có / none yet").append(".\n")
                .append("Hạn chót của chiến dịch / Campaign deadline: ").append(shown(campaign.getDeadline()))
                .append(".\n\nĐề nghị đơn vị báo cáo tiến độ trong kỳ tới. / Please report your progress in the next "
                        + "period.\n");
        String subject = "[Công dân số] Nhắc báo cáo tiến độ kỳ " + periodNo + " - " + unitName
                + " / Progress reminder";
        return send(dedupPrefix(campaignId, unitCode, periodNo) + "reminder:",
                officials.emailsOf(Unit.leadersGroupOf(unitCode)), subject, body.toString());
    }

    /** Tells the campaign owner that a unit has missed two periods in a row. */
    public int sendEscalation(Long campaignId, String unitCode, int periodNo) {
        AdoptionCampaign campaign = campaigns.campaign(campaignId);
        CampaignUnit unit = campaigns.unit(campaignId, unitCode);
        String unitName = unitName(unitCode);
        String ownerMail = officials.emailOf(campaign.getOwnerId());
        List<String> to = ownerMail == null || ownerMail.isBlank()
                ? officials.emailsOf(CityGroups.CAMPAIGN_OWNERS) : List.of(ownerMail);
        String body = "Chiến dịch \"" + campaign.getName() + "\": " + unitName + " (" + unitCode
                + ") đã không báo cáo tiến độ " + unit.getMissedInRow() + " kỳ liên tiếp (đến hết kỳ " + periodNo
                + ", " + shown(campaign.periodEnd(periodNo)) + ").\n"
                + unitName + " has missed " + unit.getMissedInRow() + " progress reports in a row (up to period "
                + periodNo + "). Tổng số kỳ không báo cáo / periods missed in all: " + unit.getMissedPeriods() + ".\n\n"
                + "Đề nghị đôn đốc đơn vị. / Please follow the unit up.\n";
        String subject = "[Công dân số] " + unitName + " không báo cáo " + unit.getMissedInRow()
                + " kỳ liên tiếp / missed reports";
        return send(dedupPrefix(campaignId, unitCode, periodNo) + "escalation:", to, subject, body);
    }

    private int send(String keyPrefix, List<String> recipients, String subject, String body) {
        if (recipients.isEmpty()) {
            log.warn("No recipient with an e-mail address for {}; nothing sent", keyPrefix);
        }
        int sent = 0;
        for (String to : recipients) {
            if (mail.enqueue(keyPrefix + to, to, subject, body)) {
                sent++;
            }
        }
        return sent;
    }

    private String unitName(String unitCode) {
        return directory.unit(unitCode).map(Unit::nameVi).orElse(unitCode);
    }

    static String shown(Instant instant) {
        return SHOWN.format(instant.atZone(CITY_ZONE)) + " (giờ Việt Nam)";
    }

    static String percent(double value) {
        return String.format(Locale.ROOT, "%.1f%%", value);
    }
}
