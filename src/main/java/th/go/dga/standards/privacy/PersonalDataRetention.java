package th.go.dga.standards.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import th.go.dga.standards.hearing.CommentService;
import th.go.dga.standards.hearing.MeetingRegistrations;
import th.go.dga.standards.notification.Notifications;
import th.go.dga.standards.subscription.Subscriptions;
import th.go.dga.standards.time.BuddhistEra;
import th.go.dga.standards.time.EngineTime;

/**
 * Every night, the personal data of hearings that closed longer ago than {@code standards.privacy.retention}: their
 * comments are anonymised, their registrations removed. Subscriptions that ended, or were never confirmed, longer ago
 * are removed, and the mails sent longer ago no longer say to whom. Running it again, or on several nodes at once,
 * changes nothing more.
 */
@Component
class PersonalDataRetention {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataRetention.class);

    private final CommentService comments;
    private final MeetingRegistrations registrations;
    private final Subscriptions subscriptions;
    private final Notifications notifications;
    private final Period retention;

    PersonalDataRetention(CommentService comments, MeetingRegistrations registrations, Subscriptions subscriptions, Notifications notifications,
                          PrivacySettings settings) {
        this.comments = comments;
        this.registrations = registrations;
        this.subscriptions = subscriptions;
        this.notifications = notifications;
        this.retention = settings.retention();
    }

    @Scheduled(cron = "#{@privacySettings.retentionCron()}", zone = "Asia/Bangkok")
    @Transactional
    public void removeExpired() {
        // a hearing whose comment period ended on this day or later is still within the retention
        LocalDate keepFrom = EngineTime.today().minus(retention);
        int anonymised = comments.anonymiseHearingsEndedBefore(keepFrom);
        int removed = registrations.removeHearingsEndedBefore(keepFrom);
        if (anonymised + removed > 0) {
            log.info("Retention of personal data: {} comments anonymised and {} registrations removed, of hearings ended before {}",
                    anonymised, removed, keepFrom);
        }
        Instant keepSince = EngineTime.now().atZone(BuddhistEra.BANGKOK).minus(retention).toInstant();
        int subscriptionsRemoved = subscriptions.removeEndedBefore(keepSince);
        int mailsErased = notifications.eraseSentBefore(keepSince);
        if (subscriptionsRemoved + mailsErased > 0) {
            log.info("Retention of personal data: {} ended or unconfirmed subscriptions removed and {} mails no longer addressed, of before {}",
                    subscriptionsRemoved, mailsErased, keepSince);
        }
    }
}
