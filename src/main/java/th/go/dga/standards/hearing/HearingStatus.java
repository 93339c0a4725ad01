package th.go.dga.standards.hearing;

/** Where a hearing is. Comments are accepted only while it is {@link #OPEN}. */
public enum HearingStatus {
    SCHEDULED, OPEN, CLOSED, CANCELLED
}
