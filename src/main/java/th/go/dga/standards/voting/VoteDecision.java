package th.go.dga.standards.voting;

/** A member's vote: เห็นชอบ / ไม่เห็นชอบ / งดออกเสียง. */
public enum VoteDecision {
    APPROVE("เห็นชอบ"),
    REJECT("ไม่เห็นชอบ"),
    ABSTAIN("งดออกเสียง");

    private final String labelTh;

    VoteDecision(String labelTh) {
        this.labelTh = labelTh;
    }

    public String labelTh() {
        return labelTh;
    }
}
