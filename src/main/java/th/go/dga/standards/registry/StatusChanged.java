package th.go.dga.standards.registry;

/**
 * A standard has moved to another status. Published inside the transaction that moved it, so that what listens
 * (the mails, say) commits or rolls back with it.
 */
public record StatusChanged(String standardId, StandardStatus from, StandardStatus to) {
}
