package th.go.dga.standards.subscription;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.go.dga.standards.hearing.CommentRules;
import th.go.dga.standards.hearing.CommentService;
import th.go.dga.standards.notification.Mail;
import th.go.dga.standards.notification.MailSettings;
import th.go.dga.standards.notification.Notifications;
import th.go.dga.standards.notification.Recipient;
import th.go.dga.standards.time.EngineTime;
import th.go.dga.standards.validation.InvalidInputException;
import th.go.dga.standards.validation.Violation;

/**
 * Subscriptions to the hearing announcements, double opt-in: subscribing keeps a pending subscription and mails a
 * link to the address; only following the link and confirming makes it active. Whoever subscribes an address gets
 * the same answer whether it was subscribed before or not, so the answer tells nobody who reads the announcements.
 */
@Service
public class Subscriptions {

    /** Kind of the confirmation mails in the notification log. */
    public static final String CONFIRMATION = "SUBSCRIPTION";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String COLUMNS = """
            id, email, locale, status, token, privacy_notice_version, created_at, confirmed_at, unsubscribed_at""";

    private final JdbcClient jdbc;
    private final CommentService comments;
    private final Notifications notifications;
    private final MailSettings mail;

    Subscriptions(JdbcClient jdbc, CommentService comments, Notifications notifications, MailSettings mail) {
        this.jdbc = jdbc;
        this.comments = comments;
        this.notifications = notifications;
        this.mail = mail;
    }

    /**
     * Subscribes an address, or leaves its subscription as it is. A pending subscription has its confirmation mailed
     * again, at most once a day, so that nobody can fill someone's mailbox with confirmations.
     *
     * @param locale         {@code th} or {@code en} (a language tag); Thai when null
     * @param consentVersion the version of the privacy notice consented to, or null without consent
     * @throws InvalidInputException when the address, the language or the consent is missing or wrong
     */
    public void subscribe(String email, String locale, String consentVersion) {
        List<Violation> violations = new ArrayList<>();
        Addresses.check(violations, email);
        Addresses.checkLanguage(violations, locale);
        if (consentVersion == null) {
            violations.add(Violation.of(CommentRules.CONSENT, "comment.consent-required"));
        } else if (!consentVersion.equals(comments.privacyNoticeVersion())) {
            violations.add(Violation.of(CommentRules.PRIVACY_NOTICE_VERSION, "comment.consent-outdated", consentVersion,
                    comments.privacyNoticeVersion()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        String address = Addresses.normalise(email);
        Subscription subscription = current(address).orElseGet(() -> insert(address, Addresses.language(locale), consentVersion));
        if (subscription.status() == SubscriptionStatus.PENDING) {
            sendConfirmation(subscription);
        }
    }

    /** One statement, committed on its own: a subscription made at the same moment by another request wins. */
    private Subscription insert(String address, String locale, String consentVersion) {
        try {
            jdbc.sql("""
                    insert into subscription (email, active_email, locale, status, token, privacy_notice_version, created_at)
                    values (:email, :email, :locale, 'PENDING', :token, :version, :now)""")
                    .param("email", address).param("locale", locale).param("token", newToken()).param("version", consentVersion)
                    .param("now", utc(EngineTime.now())).update();
        } catch (DuplicateKeyException subscribedAtOnce) {
            // the other request's subscription is the address's
        }
        return current(address).orElseThrow();
    }

    private void sendConfirmation(Subscription subscription) {
        Recipient to = new Recipient(subscription.email(), null, Locale.forLanguageTag(subscription.locale()));
        String link = mail.link("/subscriptions/confirm?token=" + subscription.token());
        notifications.queue(Mail.of("subscription-confirm:" + subscription.id() + ":" + EngineTime.today(), CONFIRMATION, to,
                "subscription-confirm", Map.of(), link));
    }

    /**
     * Confirms the subscription of this token, if it is pending.
     *
     * @return the subscription as it is now; empty when the token is unknown
     */
    @Transactional
    public Optional<Subscription> confirm(String token) {
        if (token == null) {
            return Optional.empty();
        }
        jdbc.sql("update subscription set status = 'ACTIVE', confirmed_at = :now where token = :token and status = 'PENDING'")
                .param("now", utc(EngineTime.now())).param("token", token).update();
        return byToken(token);
    }

    /**
     * Ends the subscription of this token; ending it again changes nothing.
     *
     * @return the subscription as it is now; empty when the token is unknown
     */
    @Transactional
    public Optional<Subscription> unsubscribe(String token) {
        if (token == null) {
            return Optional.empty();
        }
        jdbc.sql("""
                update subscription set status = 'UNSUBSCRIBED', unsubscribed_at = :now, active_email = null
                 where token = :token and status <> 'UNSUBSCRIBED'""")
                .param("now", utc(EngineTime.now())).param("token", token).update();
        return byToken(token);
    }

    @Transactional(readOnly = true)
    public Optional<Subscription> byToken(String token) {
        if (token == null) {
            return Optional.empty();
        }
        return jdbc.sql("select " + COLUMNS + " from subscription where token = :token").param("token", token)
                .query(Subscriptions::map).optional();
    }

    /** The pending or active subscription of an address. */
    @Transactional(readOnly = true)
    public Optional<Subscription> current(String email) {
        return jdbc.sql("select " + COLUMNS + " from subscription where active_email = :email").param("email", Addresses.normalise(email))
                .query(Subscriptions::map).optional();
    }

    /** The subscriptions that receive announcements, oldest first. */
    @Transactional(readOnly = true)
    public List<Subscription> active() {
        return jdbc.sql("select " + COLUMNS + " from subscription where status = 'ACTIVE' order by id").query(Subscriptions::map).list();
    }

    /** Every subscription ever made with this address, for the person's data export. */
    @Transactional(readOnly = true)
    public List<Subscription> byEmail(String email) {
        return jdbc.sql("select " + COLUMNS + " from subscription where email = :email order by id").param("email", Addresses.normalise(email))
                .query(Subscriptions::map).list();
    }

    /** @return how many subscriptions of this address were removed (the person's erasure) */
    @Transactional
    public int removeByEmail(String email) {
        return jdbc.sql("delete from subscription where email = :email").param("email", Addresses.normalise(email)).update();
    }

    /**
     * Removes the subscriptions that ended, or were never confirmed, before this moment (retention).
     *
     * @return how many were removed
     */
    @Transactional
    public int removeEndedBefore(Instant moment) {
        return jdbc.sql("""
                delete from subscription
                 where (status = 'UNSUBSCRIBED' and unsubscribed_at < :moment) or (status = 'PENDING' and created_at < :moment)""")
                .param("moment", utc(moment)).update();
    }

    /** The address of the one-click unsubscribe link of a subscription, which its mails carry. */
    public String unsubscribeLink(Subscription subscription) {
        return mail.link("/subscriptions/unsubscribe?token=" + subscription.token());
    }

    /** 256 random bits, URL-safe. */
    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static OffsetDateTime utc(Instant moment) {
        return moment.atOffset(ZoneOffset.UTC);
    }

    private static Subscription map(ResultSet rs, int row) throws SQLException {
        return new Subscription(rs.getLong("id"), rs.getString("email"), rs.getString("locale"), SubscriptionStatus.valueOf(rs.getString("status")),
                rs.getString("token"), rs.getString("privacy_notice_version"), instant(rs, "created_at"), instant(rs, "confirmed_at"),
                instant(rs, "unsubscribed_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
