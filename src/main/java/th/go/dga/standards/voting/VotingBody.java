package th.go.dga.standards.voting;

/**
 * The bodies that vote on a standard.
 */
public enum VotingBody {

    /** คณะทำงานเทคนิค: the project's technical working group; its group is named by the project. */
    TWG("คณะทำงานเทคนิค", null),

    /** คณะกรรมการจัดทำร่างมาตรฐาน ข้อกำหนด และหลักเกณฑ์. */
    DRAFTING_COMMITTEE("คณะกรรมการจัดทำร่างมาตรฐาน ข้อกำหนด และหลักเกณฑ์", "drafting-committee"),

    /** คณะกรรมการพัฒนารัฐบาลดิจิทัล. */
    DGDC("คณะกรรมการพัฒนารัฐบาลดิจิทัล", "dgdc");

    private final String nameTh;
    private final String group;

    VotingBody(String nameTh, String group) {
        this.nameTh = nameTh;
        this.group = group;
    }

    public String nameTh() {
        return nameTh;
    }

    /** The Camunda group whose members vote, or {@code projectGroup} for a body that each project names. */
    public String groupFor(String projectGroup) {
        return group == null ? projectGroup : group;
    }
}
