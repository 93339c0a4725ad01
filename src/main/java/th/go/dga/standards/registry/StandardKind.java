package th.go.dga.standards.registry;

/**
 * The two kinds of standard: a DGA community standard signed by the director, and a digital government standard
 * approved by the Digital Government Development Committee, signed by its chairman and published in the Royal Gazette.
 */
public enum StandardKind {

    /** มาตรฐานสำนักงานพัฒนารัฐบาลดิจิทัล — DGA community standard. */
    MSPR("มสพร.", "มาตรฐานสำนักงานพัฒนารัฐบาลดิจิทัล", "DGA community standard"),

    /** มาตรฐานรัฐบาลดิจิทัล — digital government standard. */
    MRD("มรด.", "มาตรฐานรัฐบาลดิจิทัล", "digital government standard");

    private final String prefix;
    private final String nameTh;
    private final String nameEn;

    StandardKind(String prefix, String nameTh, String nameEn) {
        this.prefix = prefix;
        this.nameTh = nameTh;
        this.nameEn = nameEn;
    }

    /** The prefix of a code, with its full stop: "มสพร." or "มรด.". */
    public String prefix() {
        return prefix;
    }

    public String nameTh() {
        return nameTh;
    }

    public String nameEn() {
        return nameEn;
    }

    /** Whether the standard comes into force through publication in the Royal Gazette. */
    public boolean needsGazette() {
        return this == MRD;
    }
}
