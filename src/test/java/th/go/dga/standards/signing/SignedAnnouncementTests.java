package th.go.dga.standards.signing;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import th.go.dga.standards.document.Document;
import th.go.dga.standards.document.DocumentService;
import th.go.dga.standards.document.DocumentType;
import th.go.dga.standards.process.GovernmentStandardEnactmentProcess;
import th.go.dga.standards.process.StandardLifecycleProcess;
import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.registry.StandardStatus;
import th.go.dga.standards.security.Caller;
import th.go.dga.standards.signature.PdfVerifier;
import th.go.dga.standards.signature.Verification;
import th.go.dga.standards.support.ApiTestSupport;
import th.go.dga.standards.support.PdfFiles;
import th.go.dga.standards.time.BuddhistEra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The signature is the signed announcement: a PDF of the numbered announcement, signed with the key of the signer's
 * office and timestamped, kept as the standard's document, published with its SHA-256, and checked by the public.
 */
class SignedAnnouncementTests extends ApiTestSupport {

    @Autowired AnnouncementService announcements;
    @Autowired DocumentService documents;
    @Autowired PdfVerifier verifier;

    @Test
    void theDirectorsSignatureIssuesTheAnnouncementAsASignedPdfThatThePublicCanCheck() throws Exception {
        String id = steps().toDirectorSigning(nextNumber());

        sign(id, StandardLifecycleProcess.DIRECTOR_SIGNS, "supachai");

        Standard published = registry.get(id);
        assertThat(published.status()).isEqualTo(StandardStatus.PUBLISHED);
        Announcement announcement = announcements.forStandard(id).orElseThrow();
        assertThat(announcement.documentId()).isNotNull();
        Document document = documents.get(announcement.documentId(), Caller.ANONYMOUS);
        assertThat(document.type()).isEqualTo(DocumentType.ANNOUNCEMENT);
        assertThat(document.sha256()).isEqualTo(announcement.sha256());
        byte[] pdf = Files.readAllBytes(documents.content(announcement.documentId(), Caller.ANONYMOUS).file());
        PdfFiles.preview(pdf, "announcement-signed");
        assertThat(PdfFiles.imagesOnFirstPage(pdf)).as("the QR code of its verification page").isEqualTo(1);

        String text = PdfFiles.text(pdf).replace("\n", "");
        int year = BuddhistEra.yearOf(now());
        assertThat(text).contains("ประกาศสำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน)")
                .contains("เลขที่ " + announcement.number().format())
                .contains("(" + published.code().format() + ")")
                .contains("ลงนามด้วยลายมือชื่ออิเล็กทรอนิกส์")
                .contains("(ศุภชัย ธนากร)")
                .contains("/verify?announcement=DGA-" + year + "-" + announcement.number().number())
                .doesNotContain("ร่าง ยังไม่ได้ลงนาม");

        try (PDDocument loaded = Loader.loadPDF(pdf)) {
            XMPMetadata xmp = new DomXmpParser().parse(loaded.getDocumentCatalog().getMetadata().toByteArray());
            assertThat(xmp.getPDFAIdentificationSchema().getPart()).as("PDF/A-3b, kept by the signature's incremental update").isEqualTo(3);
            assertThat(xmp.getPDFAIdentificationSchema().getConformance()).isEqualTo("B");
            assertThat(loaded.getDocumentInformation().getTitle()).startsWith("ประกาศสำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน) เลขที่ ม ");
            assertThat(loaded.getNumberOfPages()).isEqualTo(1);
            for (COSName name : loaded.getPage(0).getResources().getFontNames()) {
                PDFont font = loaded.getPage(0).getResources().getFont(name);
                assertThat(font.getName()).as("every font is Sarabun").contains("Sarabun");
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
            }
        }
        Verification verification = verifier.verify(pdf);
        assertThat(verification.verdict()).isEqualTo(Verification.Verdict.VALID);
        assertThat(verification.signatures()).singleElement().satisfies(signature -> {
            assertThat(signature.title()).contains("ผู้อำนวยการ");
            assertThat(signature.timestamp()).isNotNull();
            assertThat(signature.reason()).contains(announcement.number().reference());
        });

        String listed = mvc.perform(get("/api/catalogue").param("q", published.code().format())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(listed).contains("\"announcementPdf\":\"/api/documents/" + announcement.documentId() + "/content\"")
                .contains("\"announcementSha256\":\"" + document.sha256() + "\"");
        String page = mvc.perform(get("/standards/{id}", id)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("href=\"/api/documents/" + announcement.documentId() + "/content\"").contains(document.sha256())
                .contains("href=\"/verify?sha256=" + document.sha256() + "\"");
        String checked = mvc.perform(get("/verify").param("announcement", announcement.number().key())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(checked).contains("ลายมือชื่อถูกต้อง");
        mvc.perform(get("/verify").param("announcement", "DGA-" + year + "-9999")).andExpect(status().isNotFound());
    }

    @Test
    void theChairmansSignatureIssuesTheCommitteesAnnouncementSignedWithTheChairmansKey() throws IOException {
        Standard standard = steps().toChairSigning();

        sign(standard.id(), GovernmentStandardEnactmentProcess.CHAIR_SIGNS, "thawatchai");

        assertThat(registry.get(standard.id()).status()).isEqualTo(StandardStatus.AWAITING_GAZETTE);
        Announcement announcement = announcements.forStandard(standard.id()).orElseThrow();
        assertThat(announcement.number().issuer()).isEqualTo(AnnouncementIssuer.DGDC);
        List<Document> kept = documents.forStandard(standard.id(), new Caller("somsri", java.util.Set.of("secretariat")));
        Document pdf = kept.stream().filter(d -> d.type() == DocumentType.ANNOUNCEMENT).findFirst().orElseThrow();
        byte[] bytes = Files.readAllBytes(documents.content(pdf.id(), new Caller("somsri", java.util.Set.of("secretariat"))).file());
        assertThat(PdfFiles.text(bytes).replace("\n", "")).contains("ประกาศคณะกรรมการพัฒนารัฐบาลดิจิทัล")
                .contains("ที่ " + announcement.number().format())
                .contains("อาศัยอำนาจตามมาตรา 7 แห่งพระราชบัญญัติการบริหารงานและการให้บริการภาครัฐผ่านระบบดิจิทัล พ.ศ. 2562");
        Verification verification = verifier.verify(bytes);
        assertThat(verification.verdict()).isEqualTo(Verification.Verdict.VALID);
        assertThat(verification.signatures().get(0).title()).contains("ประธานกรรมการ");
    }
}
