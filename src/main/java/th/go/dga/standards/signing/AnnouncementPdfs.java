package th.go.dga.standards.signing;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;

import th.go.dga.standards.engine.PersonNames;
import th.go.dga.standards.notification.MailSettings;
import th.go.dga.standards.pdf.ThaiPdf;
import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.registry.StandardCode;

/**
 * The announcement as a PDF, composed from the stored facts by the template {@code templates/pdf/announcement.html}:
 * the preview the signer reads before signing, and the numbered announcement the signature turns into the signed
 * document, with the QR code of its verification page.
 */
@Service
public class AnnouncementPdfs {

    private static final Locale THAI = Locale.forLanguageTag("th");

    private final ThaiPdf pdf;
    private final PersonNames names;
    private final MailSettings site;

    AnnouncementPdfs(ThaiPdf pdf, PersonNames names, MailSettings site) {
        this.pdf = pdf;
        this.names = names;
        this.site = site;
    }

    /**
     * What the signature of {@code standard} on {@code day} would issue, unsigned and without its number, marked as a
     * draft.
     *
     * @param signerId who is to sign, named at the foot; null leaves the name out
     */
    public byte[] preview(Standard standard, LocalDate day, String signerId) {
        AnnouncementText text = AnnouncementText.preview(standard, day);
        return render(new AnnouncementDocument(text, List.of(issued(standard, text.code())), day, name(signerId), null, null));
    }

    /** The numbered announcement, ready for its signature: what {@code announcement} issues, with its verification link. */
    byte[] numbered(Announcement announcement, Standard standard, StandardCode code) {
        return render(numbered(announcement, standard, code, name(announcement.signedBy()), site.link(verifyPath(announcement.number()))));
    }

    /** What the numbered announcement says, its signer's name and its verification link given: all but the look-ups. */
    static AnnouncementDocument numbered(Announcement announcement, Standard standard, StandardCode code, String signerName,
                                         String verifyLink) {
        AnnouncementText text = AnnouncementText.issued(standard, code, announcement.number());
        return new AnnouncementDocument(text, List.of(issued(standard, code)), announcement.signedOn(), signerName, verifyLink,
                QrCodes.dataUri(verifyLink));
    }

    /** The page that checks the announcement's signed PDF: {@code /verify?announcement=DGA-2569-3}. */
    public static String verifyPath(AnnouncementNumber number) {
        return "/verify?announcement=" + number.key();
    }

    private byte[] render(AnnouncementDocument document) {
        return render(pdf, document);
    }

    /** The announcement's template made into a PDF. */
    static byte[] render(ThaiPdf pdf, AnnouncementDocument document) {
        return pdf.render("announcement", Map.of("a", document), THAI);
    }

    private static AnnouncementDocument.Issued issued(Standard standard, StandardCode code) {
        return new AnnouncementDocument.Issued(code.format(), standard.titleTh());
    }

    private String name(String userId) {
        return names.of(userId);
    }
}
