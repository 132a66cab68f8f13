package vn.hcmc.feedback.survey;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Survey settings.
 *
 * @param respondentKeySecret the server-side secret of the respondent keys (HMAC-SHA256); env
 *                            {@code FEEDBACK_SURVEY_RESPONDENT_KEY_SECRET}. Required with the postgres profile.
 * @param approverGroup       who approves the surveys of an owner without a unit
 */
@ConfigurationProperties("feedback.survey")
public record SurveyProperties(String respondentKeySecret,
                               @DefaultValue("city-leaders") String approverGroup) {
}
