package th.go.dga.standards.notification.hearing;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import th.go.dga.standards.hearing.Hearing;
import th.go.dga.standards.hearing.HearingService;
import th.go.dga.standards.hearing.MeetingRegistrations;
import th.go.dga.standards.hearing.Registration;
import th.go.dga.standards.notification.Mail;
import th.go.dga.standards.notification.MailSettings;
import th.go.dga.standards.notification.Notifications;
import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.registry.StandardRegistry;
import th.go.dga.standards.time.EngineTime;

/**
 * The day before a hearing meeting, a reminder to everyone registered. A scan every quarter of an hour finds the
 * meetings that start within a day and have not started. The key of a reminder names the hearing, the meeting's start
 * and the address, so each registrant is reminded once, and once more if the meeting moves. Each reminder is queued in
 * a transaction of its own: when two nodes scan at once, the second insert of a key fails and that node moves on.
 */
@Component
public class MeetingReminders {

    static final String MEETING_REMINDER = "MEETING_REMINDER";
    static final Duration AHEAD = Duration.ofDays(1);

    private static final Logger LOG = LoggerFactory.getLogger(MeetingReminders.class);

    private final HearingService hearings;
    private final MeetingRegistrations registrations;
    private final StandardRegistry registry;
    private final Notifications notifications;
    private final MailSettings settings;

    MeetingReminders(HearingService hearings, MeetingRegistrations registrations, StandardRegistry registry, Notifications notifications,
                     MailSettings settings) {
        this.hearings = hearings;
        this.registrations = registrations;
        this.registry = registry;
        this.notifications = notifications;
        this.settings = settings;
    }

    /** Every quarter of an hour ({@code standards.mail.reminder-cron}; "-" switches the scan off). */
    @Scheduled(cron = "#{@mailSettings.reminderCron()}", zone = "Asia/Bangkok")
    void scan() {
        int queued = remindDue();
        if (queued > 0) {
            LOG.info("{} meeting reminders queued", queued);
        }
    }

    /**
     * Queues the reminders of the meetings that start within the next day and have not started.
     *
     * @return how many reminders were queued by this call
     */
    public int remindDue() {
        Instant now = EngineTime.now();
        int queued = 0;
        for (Hearing hearing : hearings.meetingsStarting(now, now.plus(AHEAD))) {
            Standard standard = registry.get(hearing.standardId());
            for (Registration registration : registrations.forHearing(hearing.id())) {
                if (remind(hearing, standard, registration)) {
                    queued++;
                }
            }
        }
        return queued;
    }

    private boolean remind(Hearing hearing, Standard standard, Registration registration) {
        String key = "meeting-reminder:" + hearing.id() + ":" + hearing.window().meetingStart() + ":" + registration.email();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("standard", standard);
        model.put("hearing", hearing);
        Mail mail = Mail.of(key, MEETING_REMINDER, HearingMails.recipient(registration), "meeting-reminder", model,
                settings.link("/hearings/" + hearing.id()));
        return notifications.queueOnItsOwn(mail);
    }
}
