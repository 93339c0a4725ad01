package th.go.dga.standards.hearing;

/** The working group's decision on a comment: รับ / รับบางส่วน / ไม่รับ / รับทราบ. */
public enum Disposition {
    ACCEPTED("รับ"), PARTLY_ACCEPTED("รับบางส่วน"), NOT_ACCEPTED("ไม่รับ"), NOTED("รับทราบ");

    private final String labelTh;

    Disposition(String labelTh) {
        this.labelTh = labelTh;
    }

    public String labelTh() {
        return labelTh;
    }
}
