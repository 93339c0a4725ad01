package th.go.dga.standards.voting;

/** The result of a ballot. */
public enum VoteOutcome {
    APPROVED("เห็นชอบ"),
    REJECTED("ไม่เห็นชอบ"),
    NO_QUORUM("ไม่ครบองค์ประชุม");

    private final String labelTh;

    VoteOutcome(String labelTh) {
        this.labelTh = labelTh;
    }

    public String labelTh() {
        return labelTh;
    }
}
