package th.go.dga.standards.notification.hearing;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import th.go.dga.standards.hearing.CommentReceived;
import th.go.dga.standards.hearing.Hearing;
import th.go.dga.standards.hearing.HearingService;
import th.go.dga.standards.hearing.MeetingMoved;
import th.go.dga.standards.hearing.MeetingRegistered;
import th.go.dga.standards.hearing.MeetingRegistrations;
import th.go.dga.standards.hearing.Registration;
import th.go.dga.standards.notification.Mail;
import th.go.dga.standards.notification.MailSettings;
import th.go.dga.standards.notification.Notifications;
import th.go.dga.standards.notification.Recipient;
import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.registry.StandardRegistry;
import th.go.dga.standards.time.EngineTime;

/**
 * What a hearing's public is mailed as things happen: the commenter a receipt, the registrant an invitation, every
 * registrant an updated one when the meeting moves. Each is queued in the transaction of what caused it, so it is
 * sent only if that commits, and under a key that makes it once: {@code comment-received:<reference>},
 * {@code meeting-invitation:<registration>:<sequence>}.
 */
@Component
class HearingMails {

    static final String COMMENT_RECEIVED = "COMMENT_RECEIVED";
    static final String MEETING_INVITATION = "MEETING_INVITATION";
    static final String MEETING_MOVED = "MEETING_MOVED";

    private final Notifications notifications;
    private final MailSettings settings;
    private final StandardRegistry registry;
    private final HearingService hearings;
    private final MeetingRegistrations registrations;
    private final MeetingInvitations invitations;

    HearingMails(Notifications notifications, MailSettings settings, StandardRegistry registry, HearingService hearings,
                 MeetingRegistrations registrations, MeetingInvitations invitations) {
        this.notifications = notifications;
        this.settings = settings;
        this.registry = registry;
        this.hearings = hearings;
        this.registrations = registrations;
        this.invitations = invitations;
    }

    @EventListener
    void commentReceived(CommentReceived event) {
        var comment = event.comment();
        if (comment.email() == null) {
            return;
        }
        Recipient to = new Recipient(comment.email(), comment.name(), event.locale());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("standard", registry.get(event.hearing().standardId()));
        model.put("referenceNo", comment.referenceNo());
        model.put("receivedAt", comment.receivedAt());
        model.put("clause", comment.clause());
        model.put("commentText", comment.commentText());
        model.put("proposedChange", comment.proposedChange());
        notifications.queue(Mail.of("comment-received:" + comment.referenceNo(), COMMENT_RECEIVED, to, "comment-received", model,
                settings.link("/hearings/" + comment.hearingId())));
    }

    @EventListener
    void registered(MeetingRegistered event) {
        Hearing hearing = event.hearing();
        invite(hearing, registry.get(hearing.standardId()), event.registration(), hearings.meetingSequence(hearing.id()), null);
    }

    /** Everyone registered receives the invitation again, moved, with the next SEQUENCE. */
    @EventListener
    void moved(MeetingMoved event) {
        Hearing hearing = event.hearing();
        Standard standard = registry.get(hearing.standardId());
        for (Registration registration : registrations.forHearing(hearing.id())) {
            invite(hearing, standard, registration, event.sequence(), event);
        }
    }

    private void invite(Hearing hearing, Standard standard, Registration registration, int sequence, MeetingMoved move) {
        Recipient to = recipient(registration);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("standard", standard);
        model.put("hearing", hearing);
        if (move != null) {
            model.put("previousStart", move.previousStart());
            model.put("previousEnd", move.previousEnd());
        }
        Instant now = EngineTime.now();
        Mail mail = Mail.of("meeting-invitation:" + registration.id() + ":" + sequence, move == null ? MEETING_INVITATION : MEETING_MOVED,
                        to, move == null ? "meeting-registered" : "meeting-moved", model, settings.link("/hearings/" + hearing.id()))
                .withCalendar(invitations.invitation(hearing, standard, to, sequence, now));
        notifications.queue(mail);
    }

    static Recipient recipient(Registration registration) {
        return new Recipient(registration.email(), registration.name(),
                registration.locale() == null ? null : Locale.forLanguageTag(registration.locale()));
    }
}
