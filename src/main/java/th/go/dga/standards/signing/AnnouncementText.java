package th.go.dga.standards.signing;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.registry.StandardCode;
import th.go.dga.standards.registry.StandardKind;

/**
 * The Thai wording of the announcement a signature issues, composed in this one place: who announces, its number,
 * its subject, the legal basis, the code the standard takes, whom it binds and when it comes into force, and who
 * signs — as the agency wrote ม 3/2566: "ประกาศสำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน) เลขที่ ม 3/2566 เรื่อง
 * มาตรฐานสำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน) ว่าด้วย…". Before the signature it is the preview the signer
 * reads: the code is the one signing on that day gives, and the number, given only by the signature, is left out.
 *
 * @param titleTh the standard's Thai title
 * @param code    the code the standard takes by the signature
 * @param number  the announcement's number in its issuer's series, or null before the signature
 */
public record AnnouncementText(StandardKind kind, String titleTh, StandardCode code, AnnouncementNumber number) {

    /** When the standard comes into force. */
    public enum InForce {
        /** On the day the director signs: the announcement issues it (มสพร.). */
        ON_SIGNING,
        /** On its publication in the Royal Gazette, or on a later day published with it (มรด.). */
        ON_GAZETTE
    }

    private static final String DGA = AnnouncementIssuer.DGA.nameTh();

    public AnnouncementText {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        if (number != null && number.issuer() != AnnouncementIssuer.of(kind)) {
            throw new IllegalArgumentException("a " + kind + " is announced in the " + AnnouncementIssuer.of(kind) + " series, not " + number);
        }
    }

    /** What the signature of {@code standard} on {@code dayOfSigning} would issue, before it has a number. */
    public static AnnouncementText preview(Standard standard, LocalDate dayOfSigning) {
        return new AnnouncementText(standard.kind(), standard.titleTh(),
                StandardCode.signedOn(standard.kind(), standard.number(), standard.part(), dayOfSigning), null);
    }

    /** What the signature issued: the standard, the code it gave, and the announcement's number. */
    public static AnnouncementText issued(Standard standard, StandardCode code, AnnouncementNumber number) {
        return new AnnouncementText(standard.kind(), standard.titleTh(), code, null).numbered(number);
    }

    /** The same announcement with the number its signature gave it. */
    public AnnouncementText numbered(AnnouncementNumber given) {
        return new AnnouncementText(kind, titleTh, code, given);
    }

    /** "ประกาศสำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน)" or "ประกาศคณะกรรมการพัฒนารัฐบาลดิจิทัล". */
    public String heading() {
        return "ประกาศ" + issuer().nameTh();
    }

    /**
     * What the announcement is about: the standard's title, which the agency writes in full ("มาตรฐาน… ว่าด้วย…");
     * a shorter title is put after the kind's name.
     */
    public String subject() {
        String title = titleTh == null ? "" : titleTh.strip();
        return title.startsWith("มาตรฐาน") ? title : kind.nameTh() + " ว่าด้วย" + title;
    }

    /** The title line: heading, number once there is one, and subject. */
    public String titleLine() {
        return heading() + (number == null ? "" : " " + number.reference()) + " เรื่อง " + subject();
    }

    /** The law the announcement rests on. */
    public String legalBasis() {
        return "อาศัยอำนาจตาม" + lawOf(kind);
    }

    /** The provision a standard of this kind is issued under: "มาตรา 8 แห่งพระราชกฤษฎีกาจัดตั้ง… พ.ศ. 2561". */
    public static String lawOf(StandardKind kind) {
        return kind == StandardKind.MSPR
                ? "มาตรา 8 แห่งพระราชกฤษฎีกาจัดตั้ง" + DGA + " พ.ศ. 2561"
                : "มาตรา 7 แห่งพระราชบัญญัติการบริหารงานและการให้บริการภาครัฐผ่านระบบดิจิทัล พ.ศ. 2562";
    }

    /** Whom the standard binds. */
    public String scope() {
        return kind == StandardKind.MSPR
                ? "ให้ใช้สำหรับ" + DGA + " และเป็นตัวอย่างหรือแนวปฏิบัติให้หน่วยงานภาครัฐอื่นนำไปใช้"
                : "ให้หน่วยงานของรัฐทุกแห่งถือปฏิบัติ";
    }

    public InForce inForce() {
        return kind.needsGazette() ? InForce.ON_GAZETTE : InForce.ON_SIGNING;
    }

    /** The sentence on when it comes into force, as the announcement says it. */
    public String inForceSentence() {
        return inForce() == InForce.ON_SIGNING
                ? "ทั้งนี้ ตั้งแต่วันที่ลงนามในประกาศนี้เป็นต้นไป"
                : "ทั้งนี้ ตั้งแต่วันที่ประกาศในราชกิจจานุเบกษาเป็นต้นไป หรือวันที่กำหนดไว้พร้อมการประกาศ";
    }

    /** Who signs: the director for the DGA, the chairman for the committee. */
    public String signer() {
        return issuer().signerTitleTh();
    }

    /** Whose announcement it is, and so its series of numbers. */
    public AnnouncementIssuer issuer() {
        return AnnouncementIssuer.of(kind);
    }

    /** The body of the announcement, paragraph by paragraph. */
    public List<String> paragraphs() {
        return List.of(legalBasis() + " จึงออกประกาศกำหนดให้ใช้" + subject() + " (" + code.format() + ") " + scope(), inForceSentence());
    }
}
