package vn.hcmc.feedback.engine;

import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.util.SpringBootProcessEnginePlugin;
import org.springframework.stereotype.Component;

/**
 * Gives the engine's DMN engine the {@link CachedFeelEngineFactory}, so decision tables (routing, SLA policy) are not
 * re-parsed at every evaluation. Everything else of the DMN engine stays as the process engine configures it
 * (history of every evaluation included).
 */
@Component
class FeelParseOnce extends SpringBootProcessEnginePlugin {

    @Override
    public void preInit(SpringProcessEngineConfiguration configuration) {
        DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration() != null
                ? configuration.getDmnEngineConfiguration()
                : (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        dmn.setFeelEngineFactory(new CachedFeelEngineFactory());
        configuration.setDmnEngineConfiguration(dmn);
    }
}
