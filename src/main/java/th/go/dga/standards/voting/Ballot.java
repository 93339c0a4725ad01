package th.go.dga.standards.voting;

import java.time.Instant;
import java.util.List;

/**
 * One round of voting by a body on a standard.
 *
 * @param voters the members entitled to vote, one task each
 * @param dueAt  when the ballot closes with the votes cast, if it has not closed earlier
 */
public record Ballot(long id, String standardId, VotingBody body, String votingGroup, List<String> voters, Instant openedAt, Instant dueAt) {

    public Ballot {
        voters = List.copyOf(voters);
    }
}
