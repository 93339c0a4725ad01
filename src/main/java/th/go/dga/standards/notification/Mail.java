package th.go.dga.standards.notification;

import java.util.Map;

/**
 * A mail to be sent.
 *
 * @param key         what it is about and for whom, unique for all time: the same key is queued once
 *                    ({@code task:<taskId>:<userId>}, {@code comment-received:<ref>}...)
 * @param kind        what sort of notice it is, for the log
 * @param to          its recipient
 * @param template    the text template under {@code templates/mail/}, without language and extension: its first line
 *                    is the subject, then a blank line, then the body
 * @param model       what the template shows; text from the public is shown as text, never as markup, since mails are
 *                    plain text
 * @param link        the page or task the mail leads to, shown in it
 * @param calendar    an iCalendar invitation to attach, or null
 * @param unsubscribe the one-click unsubscribe address of a mail to a subscriber, or null
 */
public record Mail(String key, String kind, Recipient to, String template, Map<String, Object> model, String link, String calendar,
                   String unsubscribe) {

    public static Mail of(String key, String kind, Recipient to, String template, Map<String, Object> model, String link) {
        return new Mail(key, kind, to, template, model, link, null, null);
    }

    public Mail withCalendar(String ics) {
        return new Mail(key, kind, to, template, model, link, ics, unsubscribe);
    }

    public Mail withUnsubscribe(String address) {
        return new Mail(key, kind, to, template, model, link, calendar, address);
    }
}
