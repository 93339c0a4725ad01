package th.go.dga.standards.registry;

import java.time.Instant;

/**
 * One entry of a standard's audit timeline: who changed its status, when and why.
 */
public record StatusChange(String standardId, StandardStatus from, StandardStatus to, String changedBy, Instant changedAt, String reason) {
}
