package th.go.dga.standards.signature;

import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

import th.go.dga.standards.hearing.Hearing;
import th.go.dga.standards.registry.StandardKind;
import th.go.dga.standards.support.ApiTestSupport;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public check of a signed PDF: {@code POST /api/verify} as JSON, and the {@code /verify} page with an upload or
 * the link printed on a signed announcement.
 */
class VerificationApiTests extends ApiTestSupport {

    @Autowired PdfSignatures signatures;

    byte[] signed;

    @BeforeEach
    void aSignedAnnouncement() {
        signed = signatures.sign(TestPdfs.onePage(), SigningRole.DIRECTOR, "ลงนามประกาศ มสพร. 99-2569", PdfSignatures.BANGKOK);
    }

    @Test
    void saysASignedPdfIsValidAndWhoSignedItWhen() throws Exception {
        verify(pdf(signed))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.verdict").value("VALID"))
                .andExpect(jsonPath("$.summaryThai").value(containsString("ลายมือชื่ออิเล็กทรอนิกส์ถูกต้อง")))
                .andExpect(jsonPath("$.signatures.length()").value(1))
                .andExpect(jsonPath("$.signatures[0].signerName").value("DEMO ผู้อำนวยการสำนักงานพัฒนารัฐบาลดิจิทัล"))
                .andExpect(jsonPath("$.signatures[0].title").value("ผู้อำนวยการสำนักงานพัฒนารัฐบาลดิจิทัล"))
                .andExpect(jsonPath("$.signatures[0].timestamp.authority").value("DEMO DGA Standards Timestamp Authority"))
                .andExpect(jsonPath("$.signatures[0].timestamp.time").isNotEmpty())
                .andExpect(jsonPath("$.signatures[0].unchangedSinceSigning").value(true))
                .andExpect(jsonPath("$.signatures[0].trusted").value(true))
                .andExpect(jsonPath("$.signatures[0].level").value("PAdES-BASELINE-LT"));
    }

    @Test
    void saysATamperedPdfIsInvalid() throws Exception {
        verify(pdf(TestPdfs.tampered(signed)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.verdict").value("INVALID"))
                .andExpect(jsonPath("$.signatures[0].unchangedSinceSigning").value(false))
                .andExpect(jsonPath("$.signatures[0].indication").value("TOTAL_FAILED"));
    }

    @Test
    void refusesWhatIsNotAPdfWith422NamingTheFile() throws Exception {
        verify(new MockMultipartFile("file", "ประกาศ.pdf", "application/pdf", "<html><body>not a pdf</body></html>".getBytes()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.type").value("/problems/invalid-input"))
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("ไม่ใช่ไฟล์ PDF")));
        verify(new MockMultipartFile("file", "empty.pdf", "application/pdf", new byte[0]))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
    }

    @Test
    void refusesAFileOverTheLimitWith413() throws Exception {
        byte[] tooLarge = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy(signed, 0, tooLarge, 0, signed.length);
        verify(pdf(tooLarge))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.type").value("/problems/too-large"))
                .andExpect(jsonPath("$.detail").value(containsString("20 MB")));
    }

    @Test
    void refusesARequestWithoutAFileWith400() throws Exception {
        mvc.perform(multipart("/api/verify").file(new MockMultipartFile("other", "x.pdf", "application/pdf", signed)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
    }

    @Test
    void thePageShowsTheVerdictOfAnUploadFirst() throws Exception {
        mvc.perform(multipart("/verify").file(pdf(signed)).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ลายมือชื่อถูกต้อง")))
                .andExpect(content().string(containsString("DEMO ผู้อำนวยการสำนักงานพัฒนารัฐบาลดิจิทัล")))
                .andExpect(content().string(containsString("ไม่ถูกแก้ไขหลังลงนาม")))
                // when it was timestamped, in the Buddhist era
                .andExpect(content().string(containsString(String.valueOf(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Bangkok")).getYear() + 543) + " เวลา ")));
        mvc.perform(multipart("/verify").file(new MockMultipartFile("file", "a.txt", "text/plain", "hello".getBytes()))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("ไม่ใช่ไฟล์ PDF")));
    }

    @Test
    void theLinkOfAPublishedDocumentChecksItAndAnUnknownOneSaysSo() throws Exception {
        Hearing hearing = openHearing();
        mvc.perform(multipart("/api/hearings/{id}/documents", hearing.id()).file(new MockMultipartFile("file", "ประกาศ.pdf", "application/pdf", signed))
                        .param("type", "OTHER").param("label", "ประกาศที่ลงนามแล้ว").with(as("somsri")))
                .andExpect(status().isCreated());

        mvc.perform(get("/verify").param("sha256", sha256(signed)).param("number", "99/2569"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ลายมือชื่อถูกต้อง")))
                .andExpect(content().string(containsString("ประกาศที่ลงนามแล้ว")))
                .andExpect(content().string(containsString("99/2569")));
        mvc.perform(get("/verify").param("sha256", sha256(TestPdfs.onePage("never published"))))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("ไม่พบเอกสารที่เผยแพร่")));
        mvc.perform(get("/verify").param("sha256", "not-a-hash").header(HttpHeaders.ACCEPT_LANGUAGE, "en").param("lang", "en"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("No such published document")));
    }

    @Test
    void theLinkDoesNotFindADocumentThePublicMayNotRead() throws Exception {
        String draft = registeredProject(StandardKind.MSPR).id();
        byte[] unpublished = signatures.sign(TestPdfs.onePage("a draft"), SigningRole.DIRECTOR, "ร่าง", PdfSignatures.BANGKOK);
        mvc.perform(multipart("/api/standards/{id}/documents", draft).file(new MockMultipartFile("file", "ร่าง.pdf", "application/pdf", unpublished))
                        .param("type", "DRAFT").param("label", "ร่าง").with(as("somsri")))
                .andExpect(status().isCreated());

        mvc.perform(get("/verify").param("sha256", sha256(unpublished)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("ไม่พบเอกสารที่เผยแพร่")));
    }

    private ResultActions verify(MockMultipartFile file) throws Exception {
        return mvc.perform(multipart("/api/verify").file(file));
    }

    private static MockMultipartFile pdf(byte[] content) {
        return new MockMultipartFile("file", "ประกาศ.pdf", "application/pdf", content);
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
