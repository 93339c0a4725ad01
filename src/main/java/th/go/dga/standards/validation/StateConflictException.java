package th.go.dga.standards.validation;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * An action that the current state of a standard, hearing or ballot does not allow, such as withdrawing a signed
 * standard. Nothing has been changed when it is thrown.
 */
public class StateConflictException extends ProcessEngineException {

    private final String code;
    private final transient Object[] args;
    private final transient Map<String, Object> facts = new LinkedHashMap<>();

    public StateConflictException(String code, Object... args) {
        super(Messages.get(code, args));
        this.code = code;
        this.args = args.clone();
    }

    /** Adds a fact a client can act on, such as when a comment period closed; the API returns it with the problem. */
    public StateConflictException with(String name, Object value) {
        if (value != null) {
            facts.put(name, value);
        }
        return this;
    }

    public Map<String, Object> facts() {
        return Map.copyOf(facts);
    }

    public String code() {
        return code;
    }

    public String message(Locale locale) {
        return Messages.get(code, args, locale);
    }
}
