package th.go.dga.standards.config;

import org.slf4j.Marker;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import th.go.dga.standards.validation.Refusals;

/**
 * Keeps refusals out of the error log. The engine logs every exception that ends a command at ERROR with its stack
 * trace ("ENGINE-16004 Exception while closing command context"; a task claimed by another at INFO), but refused
 * input, an action the state does not allow, a task that is gone or a user who may not ({@link Refusals}) is an
 * answer to the caller, not a failure of the system: it goes back with its reason, nothing has changed, and whoever
 * answers it logs it as one line. Faults keep their ERROR and their trace. A job that fails on a refusal is still
 * logged by the job executor, at WARN: there it is a fault of the process.
 */
public class ExpectedRefusalFilter extends TurboFilter {

    /** The command context's logger: ENGINE-16004 at ERROR, and at INFO with its trace for a task claimed by another. */
    private static final String COMMAND_CONTEXT = "org.camunda.bpm.engine.context";

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        boolean engineError = level == Level.ERROR && logger.getName().startsWith("org.camunda.bpm.engine");
        boolean commandFailure = logger.getName().equals(COMMAND_CONTEXT) && level.isGreaterOrEqual(Level.INFO);
        if (!engineError && !commandFailure) {
            return FilterReply.NEUTRAL;
        }
        Throwable thrown = t;
        if (thrown == null && params != null) {
            for (Object param : params) {
                if (param instanceof Throwable p) {
                    thrown = p;
                }
            }
        }
        return thrown != null && Refusals.isRefusal(thrown) ? FilterReply.DENY : FilterReply.NEUTRAL;
    }
}
