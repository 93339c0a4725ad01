package th.go.dga.standards.privacy;

import java.time.Instant;
import java.util.List;

import th.go.dga.standards.hearing.Comment;
import th.go.dga.standards.hearing.Registration;

/**
 * Everything the system holds about one person, found by their e-mail address.
 *
 * @param engineRecords the engine's variables that hold their address or name
 */
public record PersonalDataExport(String email, Instant exportedAt, List<CommentData> comments, List<RegistrationData> registrations,
                                 List<EngineRecord> engineRecords) {

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
