package th.go.dga.standards.notification;

/**
 * What became of a mail.
 */
public enum NotificationStatus {
    /** Waiting for the job executor, or for its next try after a failure. */
    QUEUED,
    /** Handed to the mail server. */
    SENT,
    /** Kept in the log only: no mail server is configured (the outbox). */
    RECORDED,
    /** Every try failed: an incident waits in Cockpit, where a retry sends it. */
    FAILED
}
