package vn.hcmc.feedback.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.stereotype.Component;
import vn.hcmc.feedback.system.Refusal;

/**
 * A {@link Refusal} thrown by a task listener (a form's decision the service refuses: a return without a comment,
 * a "resolved" road answer without a photo) reaches the official as its own words. The engine wraps every
 * listener's exception as {@code ENGINE-03051 There was an exception while invoking the TaskListener. Message: '…'},
 * which both engine REST APIs (Tasklist's {@code /camunda/api/engine} and {@code /engine-rest}) answer with a 500
 * "Cannot submit task form …: ENGINE-03051 …". This outermost command interceptor rethrows such a failure, after the
 * transaction has rolled back, as the engine's form-validation failure carrying the refusal's message, which the
 * REST APIs answer with a 400 "Cannot submit task form {id}: {message}" and Tasklist shows under the form. The
 * refusal stays the cause, so {@code system.TaskCompletion} still finds it for the staff API.
 *
 * <p>Engine internals ({@code impl.interceptor}, {@code impl.form.validator}); see the upgrade checklist in
 * {@code package-info.java}.
 */
@Component
class RefusalsInTasklist extends AbstractCamundaConfiguration {

    @Override
    public void preInit(SpringProcessEngineConfiguration configuration) {
        configuration.setCustomPreCommandInterceptorsTxRequired(withUnwrapping(
                configuration.getCustomPreCommandInterceptorsTxRequired()));
        configuration.setCustomPreCommandInterceptorsTxRequiresNew(withUnwrapping(
                configuration.getCustomPreCommandInterceptorsTxRequiresNew()));
    }

    private static List<CommandInterceptor> withUnwrapping(List<CommandInterceptor> interceptors) {
        List<CommandInterceptor> all = new ArrayList<>();
        all.add(new Unwrap());
        if (interceptors != null) {
            all.addAll(interceptors);
        }
        return all;
    }

    static final class Unwrap extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            try {
                return next.execute(command);
            } catch (FormFieldValidationException e) {
                throw e;
            } catch (ProcessEngineException e) {
                Refusal refusal = refusalIn(e);
                if (refusal == null) {
                    throw e;
                }
                throw new FormFieldValidationException(refusal.slug(), refusal.getMessage(), refusal);
            }
        }
    }

    static Refusal refusalIn(Throwable failure) {
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof Refusal refusal) {
                return refusal;
            }
            if (cause == cause.getCause()) {
                return null;
            }
        }
        return null;
    }
}
