package th.go.dga.standards.signing;

import th.go.dga.standards.registry.StandardKind;

/**
 * Who announces, and so in which series the announcement is numbered: the DGA, whose director signs community
 * standards ({@code ม 3/2566}), or the Digital Government Development Committee, whose chairman signs digital
 * government standards ({@code ที่ 1/2569}). Each series counts from 1 in every Buddhist-era year.
 */
public enum AnnouncementIssuer {

    DGA("สำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน)", "ผู้อำนวยการสำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน)", "เลขที่", "ม "),
    DGDC("คณะกรรมการพัฒนารัฐบาลดิจิทัล", "ประธานกรรมการพัฒนารัฐบาลดิจิทัล", "ที่", "");

    private final String nameTh;
    private final String signerTitleTh;
    private final String numberWord;
    private final String prefix;

    AnnouncementIssuer(String nameTh, String signerTitleTh, String numberWord, String prefix) {
        this.nameTh = nameTh;
        this.signerTitleTh = signerTitleTh;
        this.numberWord = numberWord;
        this.prefix = prefix;
    }

    /** The issuer of the announcements of standards of this kind. */
    public static AnnouncementIssuer of(StandardKind kind) {
        return kind == StandardKind.MSPR ? DGA : DGDC;
    }

    public String nameTh() {
        return nameTh;
    }

    /** The title of the one who signs the issuer's announcements. */
    public String signerTitleTh() {
        return signerTitleTh;
    }

    /** The word before the number in the title line: "เลขที่ ม 3/2566", "ที่ 1/2569". */
    public String numberWord() {
        return numberWord;
    }

    /** What comes before the running number: "ม " for the DGA's series, nothing for the committee's. */
    public String prefix() {
        return prefix;
    }
}
