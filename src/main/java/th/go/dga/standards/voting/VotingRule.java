package th.go.dga.standards.voting;

import java.util.EnumSet;
import java.util.Set;

/**
 * How a body decides, as in ISO's "two thirds of the votes cast approve and no more than a quarter of them are
 * negative".
 *
 * @param quorum       the share of members who must take part (abstentions count as taking part)
 * @param approval     the share of votes cast (abstentions excluded) that must approve
 * @param negativeCap  if set, the largest share of votes cast that may reject
 */
public record VotingRule(Fraction quorum, Fraction approval, Fraction negativeCap) {

    public VotingRule {
        if (quorum == null || approval == null) {
            throw new IllegalArgumentException("a voting rule needs a quorum and an approval threshold");
        }
    }

    /** The outcome if the ballot closed with this tally. */
    public VoteOutcome outcome(Tally tally) {
        if (!hasQuorum(tally)) {
            return VoteOutcome.NO_QUORUM;
        }
        boolean approved = tally.cast() > 0
                && approval.reachedBy(tally.approve(), tally.cast())
                && (negativeCap == null || negativeCap.notExceededBy(tally.reject(), tally.cast()));
        return approved ? VoteOutcome.APPROVED : VoteOutcome.REJECTED;
    }

    /** How many of a body's members must take part for a quorum. */
    public int quorumNeeded(int members) {
        return quorum.smallestPartOf(members);
    }

    /** Whether enough members took part; a body without members never has a quorum. */
    public boolean hasQuorum(Tally tally) {
        return tally.members() > 0 && quorum.reachedBy(tally.participants(), tally.members());
    }

    /**
     * Whether the outcome is settled: whatever the members who have not voted yet do, including not voting at all
     * before the deadline, the outcome stays the same. Voting closes early when it is.
     */
    public boolean isDecided(Tally tally) {
        return possibleOutcomes(tally).size() == 1;
    }

    Set<VoteOutcome> possibleOutcomes(Tally tally) {
        Set<VoteOutcome> outcomes = EnumSet.noneOf(VoteOutcome.class);
        int outstanding = tally.outstanding();
        for (int a = 0; a <= outstanding; a++) {
            for (int r = 0; a + r <= outstanding; r++) {
                for (int b = 0; a + r + b <= outstanding; b++) {
                    outcomes.add(outcome(new Tally(tally.members(), tally.approve() + a, tally.reject() + r, tally.abstain() + b)));
                    if (outcomes.size() == VoteOutcome.values().length) {
                        return outcomes;
                    }
                }
            }
        }
        return outcomes;
    }
}
