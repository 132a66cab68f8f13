package vn.hcmc.feedback.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyEntity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The engine inserts through the lazy-message entity manager, which still refuses the ids the engine refuses. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LazyEntityIdCheckTest {

    @Autowired
    ProcessEngineConfiguration configuration;

    @Test
    void theEngineUsesItAndInvalidIdsAreStillRefused() {
        var engine = (ProcessEngineConfigurationImpl) configuration;
        DbEntityManager manager = engine.getCommandExecutorTxRequired().execute(context -> context.getDbEntityManager());
        assertThat(manager).isInstanceOf(LazyEntityIdCheck.Manager.class);

        assertThatThrownBy(() -> engine.getCommandExecutorTxRequired().execute(context -> {
            PropertyEntity entity = new PropertyEntity("*", "value");
            context.getDbEntityManager().insert(entity);
            return null;
        })).isInstanceOf(ProcessEngineException.class).hasMessageContaining("has an invalid id")
                .hasMessageContaining("reserved identifier");

        // a valid one is inserted as before
        String name = "lazy-id-check-" + System.nanoTime();
        engine.getCommandExecutorTxRequired().execute(context -> {
            context.getDbEntityManager().insert(new PropertyEntity(name, "value"));
            return null;
        });
        assertThat(engine.getManagementService().getProperties()).containsEntry(name, "value");
        engine.getCommandExecutorTxRequired().execute(context -> {
            context.getDbEntityManager().delete(context.getPropertyManager().findPropertyById(name));
            return null;
        });
    }
}
