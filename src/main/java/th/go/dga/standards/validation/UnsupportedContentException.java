package th.go.dga.standards.validation;

import java.util.Locale;

/**
 * Content of a type the product does not take: an executable, a web page, or a file whose content does not match
 * its name. Nothing has been stored when it is thrown.
 */
public class UnsupportedContentException extends RuntimeException {

    private final String code;
    private final transient Object[] args;

    public UnsupportedContentException(String code, Object... args) {
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
