package th.go.dga.standards.taskform;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

import th.go.dga.standards.validation.InvalidInputException;

/**
 * The engine wraps what a task listener throws ("ENGINE-03051 There was an exception while invoking the
 * TaskListener"). Outside the transaction, once it has rolled back, this gives the caller the input check's own
 * exception back, so Tasklist and the REST API show the user which field is wrong and why, with status 400.
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
            }
            throw e;
        }
    }
}
