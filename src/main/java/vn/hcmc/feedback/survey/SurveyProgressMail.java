package vn.hcmc.feedback.survey;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.hcmc.feedback.directory.Unit;
import vn.hcmc.feedback.directory.UnitDirectory;
import vn.hcmc.feedback.notification.MailNotifier;
import vn.hcmc.feedback.security.Officials;
import vn.hcmc.feedback.system.EngineClock;

/** The owner's daily mail while a survey is open: answers so far, by unit. Queued once per survey, day and owner. */
@Service
public class SurveyProgressMail {

    private static final Logger log = LoggerFactory.getLogger(SurveyProgressMail.class);

    private final SurveyService surveys;
    private final SurveyAnswers answers;
    private final UnitDirectory directory;
    private final Officials officials;
    private final MailNotifier mail;

    SurveyProgressMail(SurveyService surveys, SurveyAnswers answers, UnitDirectory directory, Officials officials,
                       MailNotifier mail) {
        this.surveys = surveys;
        this.answers = answers;
        this.directory = directory;
        this.officials = officials;
        this.mail = mail;
    }

    /** @param day the day (yyyy-MM-dd, Ho Chi Minh City) the count is for, fixed when the daily timer fired */
    public void send(long surveyId, String day) {
        Survey survey = surveys.get(surveyId);
        String to = officials.emailOf(survey.getOwnerId());
        if (to == null || to.isBlank()) {
            log.warn("Survey {}: owner {} has no e-mail address; no progress mail for {}", surveyId,
                    survey.getOwnerId(), day);
            return;
        }
        Map<String, Long> byUnit = answers.countByUnit(surveyId);
        long total = byUnit.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder body = new StringBuilder()
                .append("Khảo sát / Survey: ").append(survey.getTitleVi()).append(" (#").append(surveyId).append(")\n")
                .append("Ngày / Day: ").append(day).append("\n")
                .append("Đóng lúc / Closes at: ").append(survey.getClosesAt().atZone(EngineClock.CITY_ZONE)).append("\n\n")
                .append("Số ý kiến đến nay / Answers so far: ").append(total).append("\n\n")
                .append("Theo đơn vị / By unit:\n");
        if (byUnit.isEmpty()) {
            body.append("  (chưa có / none yet)\n");
        }
        byUnit.forEach((unit, count) -> body.append("  - ")
                .append(directory.unit(unit).map(Unit::nameVi).orElse(unit)).append(" / ")
                .append(directory.unit(unit).map(Unit::nameEn).orElse(unit)).append(": ").append(count).append('\n'));
        body.append("\nKết quả chỉ được xem sau khi khảo sát đóng. / Results can be seen only after closing.\n");
        mail.enqueue("survey:" + surveyId + ":progress:" + day + ":" + to, to,
                "Tiến độ khảo sát / Survey progress: " + survey.getTitleVi() + " — " + total + " (" + day + ")",
                body.toString());
    }
}
