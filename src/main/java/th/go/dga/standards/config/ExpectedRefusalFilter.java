package th.go.dga.standards.config;

import org.slf4j.Marker;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import th.go.dga.standards.validation.InvalidInputException;
import th.go.dga.standards.validation.StateConflictException;

/**
 * Keeps refused input out of the error log. The engine logs every exception that ends a command at ERROR, but a
 * refused form or an action the state does not allow is an answer to the user, not a failure of the system: it
 * goes back to the caller with its reason, and nothing has changed.
 */
public class ExpectedRefusalFilter extends TurboFilter {

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (level != Level.ERROR || !logger.getName().startsWith("org.camunda.bpm.engine")) {
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
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInputException || cause instanceof StateConflictException) {
                return FilterReply.DENY;
            }
        }
        return FilterReply.NEUTRAL;
    }
}
