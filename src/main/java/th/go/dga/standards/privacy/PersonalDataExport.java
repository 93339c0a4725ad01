package th.go.dga.standards.privacy;

import java.time.Instant;
import java.util.List;

import th.go.dga.standards.hearing.Comment;
import th.go.dga.standards.hearing.Registration;
import th.go.dga.standards.notification.Notification;
import th.go.dga.standards.subscription.Stakeholder;
import th.go.dga.standards.subscription.Subscription;

/**
 * Everything the system holds about one person, found by their e-mail address.
 *
 * @param engineRecords what in the engine's history holds their address or name: variables, comments, entries of the
 *                      user operation log
 * @param subscriptions their subscriptions to the hearing announcements, past and present
 * @param stakeholder   their entry on the secretariat's stakeholder list, if any
 * @param mails         the mails sent to them
 */
public record PersonalDataExport(String email, Instant exportedAt, List<CommentData> comments, List<RegistrationData> registrations,
                                 List<EngineRecord> engineRecords, List<SubscriptionData> subscriptions, StakeholderData stakeholder,
                                 List<MailData> mails) {

    /** A subscription to the hearing announcements; its token, a credential, stays out of the export. */
    public record SubscriptionData(String email, String locale, String status, String privacyNoticeVersion, Instant createdAt,
                                   Instant confirmedAt, Instant unsubscribedAt) {

        static SubscriptionData of(Subscription s) {
            return new SubscriptionData(s.email(), s.locale(), s.status().name(), s.privacyNoticeVersion(), s.createdAt(), s.confirmedAt(),
                    s.unsubscribedAt());
        }
    }

    /** An entry on the stakeholder list. */
    public record StakeholderData(String email, String name, String organisation, String locale, String addedBy, Instant addedAt) {

        static StakeholderData of(Stakeholder s) {
            return new StakeholderData(s.email(), s.name(), s.organisation(), s.locale(), s.addedBy(), s.addedAt());
        }
    }

    /** A mail from the notification log. */
    public record MailData(String kind, String recipient, String recipientName, String subject, String body, String status,
                           Instant createdAt, Instant sentAt) {

        static MailData of(Notification n) {
            return new MailData(n.kind(), n.recipient(), n.recipientName(), n.subject(), n.body(), n.status().name(), n.createdAt(), n.sentAt());
        }
    }

    /** A comment as the person sent it, with the answer it received. */
    public record CommentData(long hearingId, String referenceNo, String documentLabel, String clause, String type, String comment,
                              String proposedChange, String name, String organisation, String email, String consentVersion,
                              boolean publishName, Instant receivedAt, String disposition, String response) {

        static CommentData of(Comment c) {
            return new CommentData(c.hearingId(), c.referenceNo(), c.documentLabel(), c.clause(), c.type().name(), c.commentText(),
                    c.proposedChange(), c.name(), c.organisation(), c.email(), c.consentVersion(), c.publishName(), c.receivedAt(),
                    c.disposition() == null ? null : c.disposition().name(), c.response());
        }
    }

    /** A registration for a hearing's meeting. */
    public record RegistrationData(long hearingId, String name, String organisation, String email, String consentVersion, Instant registeredAt) {

        static RegistrationData of(Registration r) {
            return new RegistrationData(r.hearingId(), r.name(), r.organisation(), r.email(), r.consentVersion(), r.registeredAt());
        }
    }
}
