package th.go.dga.standards.engine;

import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * Reads the engine as the engine, whatever the acting user may read: a step started by a committee member's vote
 * still needs to know who else votes, and the API's own views show a task's standard to whoever may work on the
 * task. What a user may do is checked where they act; this is for reading what that check has already allowed.
 */
@Component
public class EngineAccess {

    /**
     * The most rows one engine query returns to a logged-in user ({@code query-max-results-limit}); queries made
     * for a user ask for a page of at most this many.
     */
    public static final int MAX_RESULTS = 2000;

    private final ProcessEngineConfigurationImpl configuration;

    public EngineAccess(ProcessEngine engine) {
        this.configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }

    public <T> T withoutAuthorization(Supplier<T> work) {
        CommandContext commandContext = Context.getCommandContext();
        if (commandContext != null) {
            return commandContext.runWithoutAuthorization(work::get);
        }
        return configuration.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(work::get));
    }
}
