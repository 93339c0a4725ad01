package th.go.dga.standards.subscription;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import th.go.dga.standards.hearing.Hearing;
import th.go.dga.standards.hearing.HearingService;
import th.go.dga.standards.hearing.HearingStatus;
import th.go.dga.standards.notification.Mail;
import th.go.dga.standards.notification.MailSettings;
import th.go.dga.standards.notification.Notifications;
import th.go.dga.standards.notification.Recipient;
import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.registry.StandardRegistry;
import th.go.dga.standards.registry.StatusChanged;
import th.go.dga.standards.time.DateText;
import th.go.dga.standards.time.EngineTime;

/**
 * The announcements mailed as standards move: a hearing has opened (to subscribers and stakeholders), its comment
 * period closes in seven days and in one, it has closed, a standard is published, a Gazette standard is in force
 * (to subscribers). Each mail's key names the event and the address, so that each person is told of each event
 * once, however often it is asked for. Every mail to a subscriber carries its one-click unsubscribe address.
 */
@Component
class Announcements {

    static final String KIND = "ANNOUNCEMENT";
    /** Days left of a comment period, its last day included, when its reminders go out. */
    static final int FIRST_REMINDER = 7;
    static final int LAST_REMINDER = 1;

    private static final Logger LOG = LoggerFactory.getLogger(Announcements.class);

    private final Subscriptions subscriptions;
    private final Stakeholders stakeholders;
    private final HearingService hearings;
    private final StandardRegistry registry;
    private final Notifications notifications;
    private final MailSettings mail;
    private final DateText dates;

    Announcements(Subscriptions subscriptions, Stakeholders stakeholders, HearingService hearings, StandardRegistry registry,
                  Notifications notifications, MailSettings mail, DateText dates) {
        this.subscriptions = subscriptions;
        this.stakeholders = stakeholders;
        this.hearings = hearings;
        this.registry = registry;
        this.notifications = notifications;
        this.mail = mail;
        this.dates = dates;
    }

    /** In the transaction that moved the standard: if the move rolls back, no mail is sent. */
    @EventListener
    void statusChanged(StatusChanged change) {
        switch (change.to()) {
            case HEARING_OPEN -> latestHearing(change.standardId(), HearingStatus.OPEN).ifPresent(this::hearingOpened);
            case HEARING_CLOSED -> latestHearing(change.standardId(), HearingStatus.CLOSED).ifPresent(this::hearingClosed);
            case PUBLISHED -> standardAnnounced(change.standardId(), "standard-published");
            case IN_FORCE -> standardAnnounced(change.standardId(), "standard-in-force");
            default -> {
                // nothing the public is told of by mail
            }
        }
    }

    private Optional<Hearing> latestHearing(String standardId, HearingStatus status) {
        return hearings.latest(standardId).filter(h -> h.status() == status);
    }

    /** To every active subscriber and every stakeholder, one mail per address. */
    private void hearingOpened(Hearing hearing) {
        Standard standard = registry.get(hearing.standardId());
        Map<String, Addressee> addressees = new LinkedHashMap<>();
        for (Stakeholder s : stakeholders.all()) {
            addressees.put(s.email(), new Addressee(new Recipient(s.email(), s.name(), Locale.forLanguageTag(s.locale())), null));
        }
        for (Subscription s : subscriptions.active()) {
            // a stakeholder who subscribed too is greeted by name, in the language they chose, and may unsubscribe
            Addressee listed = addressees.get(s.email());
            String name = listed == null ? null : listed.to().name();
            addressees.put(s.email(), new Addressee(new Recipient(s.email(), name, Locale.forLanguageTag(s.locale())), subscriptions.unsubscribeLink(s)));
        }
        String link = mail.link("/hearings/" + hearing.id());
        for (Addressee a : addressees.values()) {
            Mail opened = Mail.of("hearing-opened:" + hearing.id() + ":" + a.to().address(), KIND, a.to(), "hearing-opened",
                    model(standard, hearing), link);
            notifications.queue(a.unsubscribe() == null ? opened : opened.withUnsubscribe(a.unsubscribe()));
        }
    }

    private void hearingClosed(Hearing hearing) {
        Standard standard = registry.get(hearing.standardId());
        String link = mail.link("/hearings/" + hearing.id());
        for (Subscription s : subscriptions.active()) {
            notifications.queue(toSubscriber(s, "hearing-closed:" + hearing.id(), "hearing-closed", model(standard, hearing), link));
        }
    }

    private void standardAnnounced(String standardId, String template) {
        Standard standard = registry.get(standardId);
        String link = mail.link("/standards/" + standardId);
        for (Subscription s : subscriptions.active()) {
            notifications.queue(toSubscriber(s, template + ":" + standardId, template, model(standard, null), link));
        }
    }

    /** Every quarter of an hour, on every node: a reminder already queued, here or on another node, is not queued again. */
    @Scheduled(cron = "#{@subscriptionSettings.reminderCron()}", zone = "Asia/Bangkok")
    void scheduledReminders() {
        sendReminders();
    }

    /**
     * Reminds the subscribers of each open hearing whose comment period has {@value #FIRST_REMINDER} days or fewer
     * left, and again on its last day. An extension gives a new last day, and new reminders. Each mail
     * is queued in a transaction of its own, so that one that fails, or that another node queued at the same moment,
     * undoes none of the others.
     *
     * @return how many reminders were queued
     */
    public int sendReminders() {
        int queued = 0;
        for (Hearing hearing : hearings.visible(HearingStatus.OPEN)) {
            if (!hearing.window().accepts(EngineTime.now())) {
                continue;
            }
            LocalDate lastDay = hearing.window().commentPeriodEnd();
            // as the site counts them: 7 when the period closes at the end of the seventh day from today, 1 on its last day
            long daysLeft = dates.daysLeft(lastDay);
            int reminder = daysLeft <= LAST_REMINDER ? LAST_REMINDER : daysLeft <= FIRST_REMINDER ? FIRST_REMINDER : 0;
            if (reminder == 0) {
                continue;
            }
            Standard standard = registry.get(hearing.standardId());
            Map<String, Object> model = model(standard, hearing);
            model.put("daysLeft", daysLeft);
            String link = mail.link("/hearings/" + hearing.id());
            String event = "hearing-closing:" + hearing.id() + ":" + lastDay + ":" + reminder;
            for (Subscription s : subscriptions.active()) {
                if (notifications.queueOnItsOwn(toSubscriber(s, event, "hearing-closing", model, link))) {
                    queued++;
                }
            }
        }
        if (queued > 0) {
            LOG.info("{} reminders of closing comment periods queued", queued);
        }
        return queued;
    }

    private Mail toSubscriber(Subscription s, String event, String template, Map<String, Object> model, String link) {
        Recipient to = new Recipient(s.email(), null, Locale.forLanguageTag(s.locale()));
        return Mail.of(event + ":" + s.email(), KIND, to, template, model, link).withUnsubscribe(subscriptions.unsubscribeLink(s));
    }

    private static Map<String, Object> model(Standard standard, Hearing hearing) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("standard", standard);
        if (hearing != null) {
            model.put("hearing", hearing);
        }
        return model;
    }

    /** Whom a mail goes to, and the unsubscribe address it carries if they subscribed. */
    private record Addressee(Recipient to, String unsubscribe) {
    }

}
