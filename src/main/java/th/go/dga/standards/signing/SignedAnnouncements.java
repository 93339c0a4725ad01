package th.go.dga.standards.signing;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import th.go.dga.standards.document.Document;
import th.go.dga.standards.document.DocumentService;
import th.go.dga.standards.document.DocumentType;
import th.go.dga.standards.document.NewDocument;
import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.registry.StandardCode;
import th.go.dga.standards.registry.StandardKind;
import th.go.dga.standards.signature.PdfSignatures;
import th.go.dga.standards.signature.SigningRole;

/**
 * The signature itself: the numbered announcement is composed as a PDF, signed (PAdES, with a timestamp) with the key
 * of the signer's office, and kept as the standard's ANNOUNCEMENT document, all inside the signing transaction. When
 * the timestamp authority does not answer, the transaction rolls back with its number, and the job executor tries
 * again: nothing is half published.
 */
@Service
class SignedAnnouncements {

    private final AnnouncementPdfs pdfs;
    private final PdfSignatures signatures;
    private final DocumentService documents;
    private final JdbcClient jdbc;

    SignedAnnouncements(AnnouncementPdfs pdfs, PdfSignatures signatures, DocumentService documents, JdbcClient jdbc) {
        this.pdfs = pdfs;
        this.signatures = signatures;
        this.documents = documents;
        this.jdbc = jdbc;
    }

    /** The office whose key signs the announcements of standards of this kind. */
    static SigningRole role(StandardKind kind) {
        return kind == StandardKind.MSPR ? SigningRole.DIRECTOR : SigningRole.CHAIRMAN;
    }

    /** The reason the signature gives: "ลงนามประกาศสำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน) เลขที่ ม 3/2569". */
    static String reason(AnnouncementText numbered) {
        return "ลงนาม" + numbered.heading() + " " + numbered.number().reference();
    }

    /**
     * Signs the announcement just numbered and keeps it as the standard's document.
     *
     * @return the announcement with its signed PDF
     * @throws th.go.dga.standards.signature.TimestampUnavailableException  when the timestamp authority did not answer
     * @throws th.go.dga.standards.signature.SigningKeyUnavailableException when the office's key cannot sign
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Announcement sign(Announcement announcement, Standard standard, StandardCode code) {
        AnnouncementText text = AnnouncementText.issued(standard, code, announcement.number());
        byte[] composed = pdfs.numbered(announcement, standard, code);
        byte[] signed = signatures.sign(composed, role(standard.kind()), reason(text), PdfSignatures.BANGKOK);
        Document kept = documents.keepPdf(standard.id(),
                new NewDocument(DocumentType.ANNOUNCEMENT, text.heading() + " " + announcement.number().reference(), null, announcement.signedOn()),
                "announcement-" + announcement.number().key() + ".pdf", signed, announcement.signedBy());
        jdbc.sql("update announcement set document_id = :document where id = :id").param("document", kept.id()).param("id", announcement.id()).update();
        return new Announcement(announcement.id(), announcement.number(), announcement.signedBy(), announcement.signedOn(), kept.id(), kept.sha256());
    }
}
