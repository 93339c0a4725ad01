package th.go.dga.standards.validation;

import java.util.List;
import java.util.Locale;

/**
 * A request that cannot be taken as it was sent, whatever its content means: a part of an upload whose name no file
 * system would hold, or that the server could not read. Answered with 400, naming the field. Nothing has been
 * changed when it is thrown.
 */
public class MalformedRequestException extends RuntimeException {

    private final transient Violation violation;

    public MalformedRequestException(Violation violation) {
        super(violation.field() + ": " + violation.message());
        this.violation = violation;
    }

    public Violation violation() {
        return violation;
    }

    public List<Violation> violations() {
        return List.of(violation);
    }

    public String message(Locale locale) {
        return violation.message(locale);
    }
}
