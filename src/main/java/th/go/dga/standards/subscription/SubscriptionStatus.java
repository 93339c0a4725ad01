package th.go.dga.standards.subscription;

/** Where a subscription is. Only an {@link #ACTIVE} one receives announcements. */
public enum SubscriptionStatus {
    /** Asked for; the link mailed to the address has not been confirmed yet. */
    PENDING,
    /** Confirmed by its holder. */
    ACTIVE,
    /** Left by its holder; kept until the retention removes it. */
    UNSUBSCRIBED
}
