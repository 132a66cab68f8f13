package vn.hcmc.feedback.engine;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.cfg.IdGenerator;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.PersistenceSession;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManagerFactory;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.util.SpringBootProcessEnginePlugin;
import org.springframework.stereotype.Component;

/**
 * Camunda 7.24 checks the id of every entity it inserts with a message built beforehand,
 * {@code "Entity " + entity + " has an invalid id"}: the entity's {@code toString()} (history events print every
 * field, dates through {@code Date.toString()} and time-zone names) runs for every row, although the message is only
 * used when the id is missing or {@code "*"}. In the escalation benchmark that was a fifth of the CPU of each
 * escalation job. This plugin gives the engine an entity manager that makes the same check and builds the same
 * message only when it fails.
 *
 * <p>Engine internals ({@code impl.db}); see the upgrade checklist in {@code package-info.java}. On a move to Operaton,
 * check whether its {@code DbEntityManager.validateId} is still eager; if not, delete this class.
 */
@Component
class LazyEntityIdCheck extends SpringBootProcessEnginePlugin {

    @Override
    public void postInit(SpringProcessEngineConfiguration configuration) {
        configuration.getSessionFactories().put(DbEntityManager.class,
                new Factory(configuration.getIdGenerator()));
    }

    static final class Factory extends DbEntityManagerFactory {

        Factory(IdGenerator idGenerator) {
            super(idGenerator);
        }

        @Override
        public DbEntityManager openSession() {
            return new Manager(idGenerator, Context.getCommandContext().getSession(PersistenceSession.class));
        }
    }

    static final class Manager extends DbEntityManager {

        Manager(IdGenerator idGenerator, PersistenceSession persistenceSession) {
            super(idGenerator, persistenceSession);
        }

        @Override
        protected void validateId(DbEntity dbEntity) {
            String id = dbEntity.getId();
            if (id == null || Authorization.ANY.equals(id)) {
                super.validateId(dbEntity); // throws, with the engine's own message
            }
        }
    }
}
