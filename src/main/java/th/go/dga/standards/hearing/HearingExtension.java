package th.go.dga.standards.hearing;

import java.time.Instant;
import java.time.LocalDate;

/** One extension of a comment period. */
public record HearingExtension(long hearingId, LocalDate previousEnd, LocalDate newEnd, String reason, String extendedBy, Instant extendedAt) {
}
