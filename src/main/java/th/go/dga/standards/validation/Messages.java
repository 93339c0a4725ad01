package th.go.dga.standards.validation;

import java.util.Locale;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The product's messages, in Thai by default and in English on request. Kept static so that rules and exceptions far
 * from any Spring bean speak the same words as the pages and the API.
 */
public final class Messages {

    public static final Locale THAI = Locale.forLanguageTag("th");

    private static final ResourceBundleMessageSource SOURCE = new ResourceBundleMessageSource();

    static {
        SOURCE.setBasename("i18n/messages");
        SOURCE.setDefaultEncoding("UTF-8");
        SOURCE.setFallbackToSystemLocale(false);
        SOURCE.setDefaultLocale(THAI);
        SOURCE.setUseCodeAsDefaultMessage(true);
    }

    private Messages() {
    }

    public static String get(String code, Object[] args, Locale locale) {
        return SOURCE.getMessage(code, args, locale);
    }

    public static String get(String code, Object... args) {
        return get(code, args, THAI);
    }
}
