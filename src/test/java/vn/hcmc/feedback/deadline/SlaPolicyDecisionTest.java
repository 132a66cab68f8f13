package vn.hcmc.feedback.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Every rule of {@code processes/sla-policy.dmn}, on the standalone DMN engine (no process engine needed). */
class SlaPolicyDecisionTest {

    private static final Path MODEL = Path.of("processes/sla-policy.dmn");
    private static final List<String> matched = new ArrayList<>();
    private static final Set<String> covered = new HashSet<>();
    private static DmnEngine engine;
    private static DmnDecision decision;

    @BeforeAll
    static void parse() throws IOException {
        DefaultDmnEngineConfiguration configuration =
                (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        configuration.customPostDecisionTableEvaluationListeners(List.of(new DmnDecisionTableEvaluationListener() {
            @Override
            public void notify(DmnDecisionTableEvaluationEvent event) {
                matched.clear();
                event.getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).forEach(matched::add);
            }
        }));
        engine = configuration.buildEngine();
        try (InputStream in = Files.newInputStream(MODEL)) {
            decision = engine.parseDecision("sla-policy", in);
        }
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(textBlock = """
            water_supply,         HIGH,   Rule_WaterSupplyHigh,           PT8H, P1D,  0.75
            water_supply,         NORMAL, Rule_WaterSupplyNormal,         PT8H, P3D,  0.75
            illegal_construction, NORMAL, Rule_IllegalConstructionNormal, PT8H, P10D, 0.75
            illegal_construction, LOW,    Rule_IllegalConstructionLow,    PT8H, P15D, 0.75
            food_safety,          NORMAL, Rule_FoodSafetyNormal,          PT8H, P5D,  0.75
            road_damage,          URGENT, Rule_Urgent,                    PT1H, PT4H, 0.5
            water_supply,         URGENT, Rule_Urgent,                    PT1H, PT4H, 0.5
            flooding,             HIGH,   Rule_High,                      PT8H, P3D,  0.75
            food_safety,          HIGH,   Rule_High,                      PT8H, P3D,  0.75
            garbage,              NORMAL, Rule_Normal,                    PT8H, P7D,  0.75
            water_supply,         LOW,    Rule_Low,                       PT8H, P10D, 0.75
            noise,                LOW,    Rule_Low,                       PT8H, P10D, 0.75
            other,                SOON,   Rule_UnknownPriority,           PT8H, P7D,  0.75
            ,                     ,       Rule_UnknownPriority,           PT8H, P7D,  0.75
            """)
    void everyRule(String category, String priority, String rule, String accept, String answer, double reminder) {
        DmnDecisionTableResult result = engine.evaluateDecisionTable(decision,
                Variables.createVariables().putValue("category", category).putValue("priority", priority));

        assertThat(matched).as("hit policy FIRST: the first matching rule").containsExactly(rule);
        covered.add(rule);
        assertThat(result.getSingleResult().getEntryMap())
                .containsEntry("acceptDeadline", accept)
                .containsEntry("answerDeadline", answer)
                .containsEntry("reminderFraction", reminder)
                .containsEntry("escalationLevel1", SlaPolicy.UNIT_LEADERS)
                .containsEntry("escalationLevel2", "city-inspectorate");
        WorkingCalendar.parsePolicyDuration(accept);
        WorkingCalendar.parsePolicyDuration(answer);
    }

    @AfterAll
    static void everyRuleWasExercised() throws IOException {
        assertThat(covered).containsExactlyInAnyOrderElementsOf(ruleIds());
    }

    @Test
    void modelHasHistoryTimeToLiveAndADiagram() throws Exception {
        DmnModelInstance model = Dmn.readModelFromFile(MODEL.toFile());
        Decision slaPolicy = model.getModelElementById("sla-policy");

        assertThat(slaPolicy.getCamundaHistoryTimeToLiveString()).isEqualTo("180");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        NodeList shapes = factory.newDocumentBuilder().parse(MODEL.toFile())
                .getElementsByTagNameNS("https://www.omg.org/spec/DMN/20191111/DMNDI/", "DMNShape");
        List<String> drawn = new ArrayList<>();
        for (int i = 0; i < shapes.getLength(); i++) {
            Element shape = (Element) shapes.item(i);
            assertThat(shape.getElementsByTagNameNS("http://www.omg.org/spec/DMN/20180521/DC/", "Bounds").getLength())
                    .isEqualTo(1);
            drawn.add(shape.getAttribute("dmnElementRef"));
        }
        assertThat(drawn).as("every decision has a shape").containsExactly("sla-policy");
        assertThat(model.getModelElementsByType(Rule.class))
                .allSatisfy(r -> assertThat(r.getDescription()).as("annotation of " + r.getId()).isNotNull());
    }

    private static List<String> ruleIds() throws IOException {
        return Dmn.readModelFromFile(MODEL.toFile()).getModelElementsByType(Rule.class).stream()
                .map(Rule::getId).toList();
    }
}
