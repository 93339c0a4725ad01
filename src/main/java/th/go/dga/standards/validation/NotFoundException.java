package th.go.dga.standards.validation;

import java.util.Locale;

/**
 * A standard, hearing or other record that does not exist.
 */
public class NotFoundException extends org.camunda.bpm.engine.exception.NotFoundException {

    private final String code;
    private final transient Object[] args;

    public NotFoundException(String code, Object... args) {
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
