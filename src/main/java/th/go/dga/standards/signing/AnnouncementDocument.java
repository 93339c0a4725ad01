package th.go.dga.standards.signing;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import th.go.dga.standards.time.BuddhistEra;

/**
 * What the announcement's PDF says, from the stored facts only: the issuer and its number, the subject, the legal
 * basis and the standards it issues, when it comes into force, the day it is given in Buddhist-era words, who signs
 * and where it is verified. Before the signature it is the preview the signer reads: no number yet, marked as a draft.
 *
 * @param text       the announcement's wording, numbered once signed
 * @param issued     the standards it issues, in order (one, or the parts of a standard issued together)
 * @param day        the day it is signed, or is to be signed for a preview
 * @param signerName the signer's name as the identity store has it
 * @param verifyLink where the public checks the signed PDF; null for a preview
 * @param qrCode     the verify link as a QR code image (a data URI); null for a preview
 */
public record AnnouncementDocument(AnnouncementText text, List<Issued> issued, LocalDate day, String signerName, String verifyLink,
                                   String qrCode) {

    /** A standard the announcement issues. */
    public record Issued(String code, String title) {
    }

    public AnnouncementDocument {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(day, "day");
        issued = List.copyOf(issued);
        if (issued.isEmpty()) {
            throw new IllegalArgumentException("an announcement issues at least one standard");
        }
    }

    /** Whether this is the unsigned preview: no number, no verification. */
    public boolean preview() {
        return text.number() == null;
    }

    public String heading() {
        return text.heading();
    }

    /** "เลขที่ ม 3/2566", or "เลขที่ ม …/2569" before the signature gives the number. */
    public String numberLine() {
        AnnouncementIssuer issuer = text.issuer();
        return text.number() != null ? text.number().reference()
                : issuer.numberWord() + " " + issuer.prefix() + "…/" + BuddhistEra.yearOf(day);
    }

    public String subject() {
        return text.subject();
    }

    public String titleLine() {
        return text.titleLine();
    }

    public List<String> paragraphs() {
        return text.paragraphs();
    }

    /** "22 สิงหาคม พ.ศ. 2566". */
    public String givenOn() {
        return BuddhistEra.formatWithEra(day);
    }

    public String signerTitle() {
        return text.signer();
    }

    public String issuerName() {
        return text.issuer().nameTh();
    }
}
