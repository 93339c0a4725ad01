package th.go.dga.standards.validation;

import java.util.Locale;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * An action that the current state of a standard, hearing or ballot does not allow, such as withdrawing a signed
 * standard. Nothing has been changed when it is thrown.
 */
public class StateConflictException extends ProcessEngineException {

    private final String code;
    private final transient Object[] args;

    public StateConflictException(String code, Object... args) {
        super(Messages.get(code, args));
        this.code = code;
        this.args = args.clone();
    }

    public String code() {
        return code;
    }

    public String message(Locale locale) {
        return Messages.get(code, args, locale);
    }
}
