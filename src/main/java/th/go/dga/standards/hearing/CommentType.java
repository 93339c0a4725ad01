package th.go.dga.standards.hearing;

/** What a comment is about, as in ISO's comment template. */
public enum CommentType {
    GENERAL("ทั่วไป"), TECHNICAL("ด้านเทคนิค"), EDITORIAL("ด้านการเขียนและถ้อยคำ");

    private final String labelTh;

    CommentType(String labelTh) {
        this.labelTh = labelTh;
    }

    public String labelTh() {
        return labelTh;
    }
}
