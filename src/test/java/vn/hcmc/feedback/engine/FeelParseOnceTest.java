package vn.hcmc.feedback.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The engine's DMN engine uses the parse-once FEEL engine, which evaluates as before, again and again. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FeelParseOnceTest {

    @Autowired
    ProcessEngineConfiguration configuration;

    @Test
    void theEngineUsesItAndRepeatedEvaluationsGiveTheSameResults() {
        DefaultDmnEngineConfiguration dmn = ((ProcessEngineConfigurationImpl) configuration).getDmnEngineConfiguration();
        assertThat(dmn.getFeelEngineFactory()).isInstanceOf(CachedFeelEngineFactory.class);

        FeelEngine feel = new CachedFeelEngineFactory().createInstance();
        for (int round = 0; round < 2; round++) {
            Object sum = feel.evaluateSimpleExpression("x + 1", context(41));
            assertThat(sum).isEqualTo(42L);
            assertThat(feel.evaluateSimpleUnaryTests("[1..10]", "x", context(5))).isTrue();
            assertThat(feel.evaluateSimpleUnaryTests("[1..10]", "x", context(11))).isFalse();
            assertThatThrownBy(() -> feel.evaluateSimpleExpression("x +", context(1)))
                    .as("a text that does not parse fails every time, also from the cache").isInstanceOf(RuntimeException.class);
        }
    }

    private static VariableContext context(int x) {
        return Variables.createVariables().putValue("x", x).asVariableContext();
    }
}
