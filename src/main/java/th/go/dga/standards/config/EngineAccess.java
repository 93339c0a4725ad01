package th.go.dga.standards.config;

import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Lets the engine's own steps read what they need (group members, deployed forms) whatever the acting user may
 * read: a step started by a committee member's vote still needs to know who else votes.
 */
public final class EngineAccess {

    private EngineAccess() {
    }

    public static <T> T withoutAuthorization(Supplier<T> work) {
        CommandContext commandContext = Context.getCommandContext();
        return commandContext == null ? work.get() : commandContext.runWithoutAuthorization(work::get);
    }
}
