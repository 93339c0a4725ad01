package th.go.dga.standards.workspace;

/**
 * A request for a page of the workspace that cannot be answered as asked (a month that is not one, a status that is
 * not in the list): answered with 400 and the reason in the reader's language, from {@code i18n/site}.
 */
class PageRefused extends RuntimeException {

    /** The longest piece of the request repeated in the answer. */
    private static final int ECHO = 40;

    private final String messageKey;
    private final transient Object[] args;

    PageRefused(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args;
    }

    String messageKey() {
        return messageKey;
    }

    Object[] args() {
        return args.clone();
    }

    /** A list's page from the address: from 1, none meaning the first; anything else is refused with a page that says so. */
    static int pageNumber(String page) {
        if (page == null || page.isBlank()) {
            return 1;
        }
        try {
            int number = Integer.parseInt(page.strip());
            if (number >= 1 && number <= 100_000) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // refused below
        }
        throw new PageRefused("pipeline.refused.page", echo(page));
    }

    /** What the reader sent, cut short: a refusal says what was refused without repeating a page of it. */
    static String echo(String value) {
        String stripped = value.strip();
        return stripped.length() <= ECHO ? stripped : stripped.substring(0, ECHO) + "…";
    }
}
