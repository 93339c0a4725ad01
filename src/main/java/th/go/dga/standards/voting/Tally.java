package th.go.dga.standards.voting;

/**
 * The votes of one ballot so far.
 *
 * @param members  how many members the body has, each entitled to one vote
 * @param approve  votes to approve
 * @param reject   votes to reject
 * @param abstain  abstentions
 */
public record Tally(int members, int approve, int reject, int abstain) {

    public Tally {
        if (members < 0 || approve < 0 || reject < 0 || abstain < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
        if (approve + reject + abstain > members) {
            throw new IllegalArgumentException("more votes than members: " + (approve + reject + abstain) + " of " + members);
        }
    }

    public static Tally empty(int members) {
        return new Tally(members, 0, 0, 0);
    }

    public Tally with(VoteDecision decision) {
        return switch (decision) {
            case APPROVE -> new Tally(members, approve + 1, reject, abstain);
            case REJECT -> new Tally(members, approve, reject + 1, abstain);
            case ABSTAIN -> new Tally(members, approve, reject, abstain + 1);
        };
    }

    /** Members who took part, abstentions included. */
    public int participants() {
        return approve + reject + abstain;
    }

    /** Votes for or against; abstentions are not votes cast. */
    public int cast() {
        return approve + reject;
    }

    public int outstanding() {
        return members - participants();
    }
}
