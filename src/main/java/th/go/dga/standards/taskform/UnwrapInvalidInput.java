package th.go.dga.standards.taskform;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

import th.go.dga.standards.validation.InvalidInputException;

/**
 * The engine wraps what a task listener throws ("ENGINE-03051 There was an exception while invoking the
 * TaskListener"). Outside the transaction, once it has rolled back, this gives the caller the input check's own
 * exception back, so Tasklist and the REST API show the user which field is wrong and why, with status 400, and a
 * refusal to let this user work on the task as the engine's own authorization failure, with status 403.
 */
class UnwrapInvalidInput extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
        try {
            return next.execute(command);
        } catch (ProcessEngineException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof InvalidInputException invalid) {
                    throw invalid;
                }
                if (cause instanceof AuthorizationException refused) {
                    throw refused;
                }
            }
            throw e;
        }
    }
}
