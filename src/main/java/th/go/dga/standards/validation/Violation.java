package th.go.dga.standards.validation;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * One reason why an input is refused: the field it concerns, a message code and the code's arguments.
 *
 * @param field the variable or field name, as the form and the API spell it
 * @param code  a key of {@code i18n/messages}
 * @param args  the message's arguments
 */
public record Violation(String field, String code, List<Object> args) {

    public Violation {
        args = List.copyOf(args);
    }

    public static Violation of(String field, String code, Object... args) {
        return new Violation(field, code, List.of(args));
    }

    /** A field's name as an argument of a message, in the message's language: {@code label.<key>} of {@code i18n/messages}. */
    public static MessageSourceResolvable label(String key) {
        return new DefaultMessageSourceResolvable("label." + key);
    }

    public String message(Locale locale) {
        return Messages.get(code, args.toArray(), locale);
    }

    /** The message in Thai, the language of the product. */
    public String message() {
        return message(Messages.THAI);
    }
}
