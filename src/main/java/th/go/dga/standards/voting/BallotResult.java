package th.go.dga.standards.voting;

/**
 * How a ballot ended.
 *
 * @param reasons the reasons given with the votes to reject, one line per member, for the people who revise the draft
 */
public record BallotResult(long ballotId, VoteOutcome outcome, Tally tally, String reasons) {
}
