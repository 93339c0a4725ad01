package th.go.dga.standards.notification;

import java.io.UnsupportedEncodingException;
import java.net.URI;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the system's mail is addressed and retried, under {@code standards.mail}. Whether it is sent at all depends on {@code spring.mail.host}:
 * without it, mails are kept in the notification log and shown on the outbox page instead.
 *
 * @param from       the sender of every mail
 * @param siteUrl    the public address of the site, which every link in a mail starts with
 * @param retryCycle how a failed delivery is retried by the job executor (ISO 8601 repeat, {@code R5/PT5M}: five tries in
 *                   all, five minutes apart, as the engine counts them); when the last fails, the delivery becomes an incident
 * @param reminderCron when, in Bangkok time, meetings about to start are looked for to remind their registrants ("-"
 *                     switches the scan off)
 */
public record MailSettings(
        @DefaultValue("ระบบงานมาตรฐานรัฐบาลดิจิทัล <standards@dga.or.th>") String from,
        @DefaultValue("http://localhost:8080") URI siteUrl,
        @DefaultValue("R5/PT5M") String retryCycle,
        @DefaultValue("0 */15 * * * *") String reminderCron) {

    /** An absolute address on the site for a path such as {@code /hearings/4}. */
    public String link(String path) {
        String base = siteUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }

    /** How many times a delivery is tried in all: the engine gives a job with cycle {@code Rn} n tries. */
    public int attempts() {
        return Integer.parseInt(retryCycle.substring(1, retryCycle.indexOf('/')));
    }

    /** The sender as an address, with its name encoded for a mail header (RFC 2047). */
    public InternetAddress sender() {
        try {
            InternetAddress sender = new InternetAddress(from, false);
            if (sender.getPersonal() != null) {
                sender.setPersonal(sender.getPersonal(), "UTF-8");
            }
            return sender;
        } catch (AddressException | UnsupportedEncodingException e) {
            throw new IllegalStateException("standards.mail.from is not an address: " + from, e);
        }
    }

    /** The sender's domain, which ends Message-IDs and calendar UIDs. */
    public String senderDomain() {
        String address = sender().getAddress();
        return address.substring(address.lastIndexOf('@') + 1);
    }
}
