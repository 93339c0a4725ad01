package th.go.dga.standards.validation;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Input that breaks a rule. Nothing has been changed when it is thrown.
 * <p>
 * It is a {@link FormFieldValidationException}, the engine's own exception for form input that fails validation, so
 * that the engine REST API and Tasklist answer it with 400 and its message, as they do for their own form checks.
 */
public class InvalidInputException extends FormFieldValidationException {

    private final transient List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super(violations.stream().map(Violation::field).toList(), describe(violations, Messages.THAI));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid input needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public InvalidInputException(Violation violation) {
        this(List.of(violation));
    }

    public List<Violation> violations() {
        return violations;
    }

    public String describe(Locale locale) {
        return describe(violations, locale);
    }

    /**
     * The messages alone, for a person reading them in Tasklist: each names its input by the label they see, and the
     * field's key, meant for programs, is left out.
     */
    public String toPerson(Locale locale) {
        return violations.stream().map(v -> v.message(locale)).distinct().collect(Collectors.joining("; "));
    }

    static String describe(List<Violation> violations, Locale locale) {
        return violations.stream()
                .map(v -> v.field() == null ? v.message(locale) : v.field() + ": " + v.message(locale))
                .collect(Collectors.joining("; "));
    }
}
