package th.go.dga.standards.voting;

import java.time.Instant;
import java.util.List;

/**
 * One ballot of a body on a standard, as the people around it may read it. A ballot is secret while it runs: an open
 * round names who has voted and who has not, never what anyone voted; the decisions, reasons and tally come with
 * the close.
 *
 * @param groupName  the name of the group the ballot was put to, such as the project's technical working group
 * @param tally      the votes counted; null while the round is open
 * @param outcome    the outcome recorded at the close; null while open, and for a round abandoned with its project
 * @param rule       the body's rule as configured now, which counts its rounds
 * @param votes      each vote with its decision and reason, in the order cast; empty while the round is open
 * @param voted      the members who have voted, in the order they voted
 * @param notVoted   the members who have not voted (yet), when the ballot's members are known ({@code membersKnown})
 * @param membersKnown whether the members the ballot was put to could be named; if not, only their number is known
 */
public record VoteRound(long ballotId, VotingBody body, String votingGroup, String groupName, int members, Instant openedAt, Instant dueAt,
                        Instant closedAt, Tally tally, VoteOutcome outcome, VotingRule rule, List<Vote> votes, List<Member> voted,
                        List<Member> notVoted, boolean membersKnown) {

    /** A member of the body, by their user id and name. */
    public record Member(String userId, String name) {
    }

    /** A member's vote in a closed round. */
    public record Vote(Member member, VoteDecision decision, String reason, Instant castAt) {
    }

    /** Open: members are still voting. Counted: closed with an outcome. Abandoned: closed uncounted, its project withdrawn. */
    public enum State { OPEN, COUNTED, ABANDONED }

    public VoteRound {
        votes = List.copyOf(votes);
        voted = List.copyOf(voted);
        notVoted = List.copyOf(notVoted);
    }

    public State state() {
        if (closedAt == null) {
            return State.OPEN;
        }
        return outcome == null ? State.ABANDONED : State.COUNTED;
    }

    public boolean isOpen() {
        return closedAt == null;
    }

    /** How many members took part so far, abstentions included; the one figure an open round shows. */
    public int participants() {
        return voted.size();
    }

    /** How many must take part for a quorum, by the body's rule. */
    public int quorumNeeded() {
        return rule.quorumNeeded(members);
    }

    /** Whether the closed round reached its quorum; false while open. */
    public boolean quorumReached() {
        return tally != null && rule.hasQuorum(tally);
    }

    /** How many members did not vote in a closed round, or have not voted yet in an open one. */
    public int notVotedCount() {
        return members - participants();
    }

    /** The votes that came with a reason, for the people who revise the draft and the members who vote again. */
    public List<Vote> reasons() {
        return votes.stream().filter(v -> v.reason() != null).toList();
    }
}
