package vn.hcmc.feedback.survey;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The owner's daily progress mail (asynchronous; sent once per survey, day and owner). */
@Component("mailSurveyProgress")
class MailSurveyProgress implements JavaDelegate {

    private final SurveyProgressMail mail;

    MailSurveyProgress(SurveyProgressMail mail) {
        this.mail = mail;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mail.send(SurveyDelegates.surveyId(execution), (String) execution.getVariable(SurveyProcess.PROGRESS_DAY));
    }
}
