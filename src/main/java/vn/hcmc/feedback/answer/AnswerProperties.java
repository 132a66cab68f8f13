package vn.hcmc.feedback.answer;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of answers ({@code feedback.answers.*}).
 *
 * @param ratingWindow how long after publication the citizen may rate the answer (409 later); the process closes an
 *                     unrated report when it ends
 * @param lowScore     a score at or below this is dissatisfaction: the first reopens the report, the next goes to
 *                     the city inspectorate's review
 */
@ConfigurationProperties("feedback.answers")
public record AnswerProperties(
        @DefaultValue("P7D") Duration ratingWindow,
        @DefaultValue("2") int lowScore) {

    /** The rating window as an ISO-8601 duration, for the process's timer. */
    public String ratingWindowIso() {
        return ratingWindow.toString();
    }
}
