package vn.hcmc.feedback.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The deployed policy through the engine's DecisionService, combined with the calendar. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SlaPolicyTest {

    @Autowired
    SlaPolicy policy;
    @Autowired
    DeadlineSchedule schedule;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    IdentityService identityService;

    private static Instant at(String iso) {
        return OffsetDateTime.parse(iso).toInstant();
    }

    @Test
    void theDecisionIsDeployedWithHistoryTimeToLive() {
        DecisionDefinition definition = repositoryService.createDecisionDefinitionQuery()
                .decisionDefinitionKey(SlaPolicy.DECISION_KEY).latestVersion().singleResult();

        assertThat(definition).isNotNull();
        assertThat(definition.getHistoryTimeToLive()).isEqualTo(180);
    }

    @Test
    void normalReportReceivedBeforeTetGetsConcreteDeadlines() {
        SlaPolicy.SlaDeadlines deadlines = policy.deadlines("road_damage", "NORMAL", "ben-thanh",
                at("2026-02-13T16:00+07:00"));

        assertThat(deadlines.acceptDueAt()).isEqualTo(at("2026-02-23T16:00+07:00"));
        assertThat(deadlines.answerDueAt()).isEqualTo(at("2026-03-03T17:00+07:00"));
        assertThat(deadlines.reminderAt()).isEqualTo(at("2026-03-02T09:15+07:00"));
        assertThat(deadlines.escalationGroup1()).isEqualTo("unit-ben-thanh-leaders");
        assertThat(deadlines.escalationGroup2()).isEqualTo("city-inspectorate");
        assertThat(deadlines.rule().answerDeadline()).isEqualTo("P7D");
    }

    @Test
    void urgentReportIsCountedInWorkingHours() {
        SlaPolicy.SlaDeadlines deadlines = policy.deadlines("flooding", "URGENT", "traffic-infra",
                at("2026-03-10T10:00+07:00"));

        assertThat(deadlines.acceptDueAt()).isEqualTo(at("2026-03-10T11:00+07:00"));
        assertThat(deadlines.answerDueAt()).isEqualTo(at("2026-03-10T15:30+07:00"));
        assertThat(deadlines.reminderAt()).as("half of 4 working hours, across lunch").isEqualTo(at("2026-03-10T13:30+07:00"));
        assertThat(deadlines.escalationGroup1()).isEqualTo("unit-traffic-infra-leaders");
    }

    @Test
    void anAuthenticatedOfficialCanComputeDeadlinesAndStaysAuthenticated() {
        identityService.setAuthentication("ben-thanh-staff", List.of("unit-ben-thanh"));
        try {
            assertThat(policy.rule("garbage", "LOW").answerDeadline()).isEqualTo("P10D");
            assertThat(identityService.getCurrentAuthentication().getUserId()).isEqualTo("ben-thanh-staff");
            assertThat(identityService.getCurrentAuthentication().getGroupIds()).containsExactly("unit-ben-thanh");
        } finally {
            identityService.clearAuthentication();
        }
    }

    @Test
    void categoryRuleAndExtensionLimit() {
        SlaPolicy.SlaDeadlines deadlines = policy.deadlines("water_supply", "HIGH", "sawaco",
                at("2026-08-21T10:00+07:00"));

        assertThat(deadlines.answerDueAt()).as("1 working day: the swapped Saturday").isEqualTo(at("2026-08-22T17:00+07:00"));
        assertThat(schedule.latestExtendedDeadline(deadlines.rule(), deadlines.answerDueAt()))
                .as("once more the policy's answer time").isEqualTo(at("2026-08-24T17:00+07:00"));
    }
}
