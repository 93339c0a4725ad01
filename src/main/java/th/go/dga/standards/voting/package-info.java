/**
 * Committee voting: ballots of a body's members, one vote each, counted by a configurable rule (quorum, approval,
 * cap on negative votes) that also closes a ballot early once its outcome cannot change.
 */
package th.go.dga.standards.voting;
