package th.go.dga.standards.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import th.go.dga.standards.config.StandardsProperties;
import th.go.dga.standards.hearing.Hearing;
import th.go.dga.standards.hearing.HearingService;
import th.go.dga.standards.hearing.HearingWindow;
import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.registry.StandardKind;
import th.go.dga.standards.registry.StandardStatus;
import th.go.dga.standards.support.ApplicationTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The documents API as its callers meet it: the secretariat and working groups uploading, the public reading.
 */
class DocumentApiTests extends ApplicationTestSupport {

    private static final String OCTET_STREAM = "application/octet-stream";

    @Autowired MockMvc mvc;
    @Autowired HearingService hearings;
    @Autowired StandardsProperties properties;
    @Autowired ObjectMapper json;

    /** A project of the process working group (wg-process), still being drafted. */
    private Standard draft;

    @BeforeEach
    void aDraftOfTheProcessWorkingGroup() {
        draft = registeredProject(StandardKind.MSPR);
    }

    static Stream<Arguments> acceptedFiles() {
        return Stream.of(
                arguments("ร่างมาตรฐาน.pdf", SampleFiles.pdf(), "application/pdf"),
                arguments("ร่างมาตรฐาน.docx", SampleFiles.docx(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                arguments("ตารางข้อคิดเห็น.xlsx", SampleFiles.xlsx(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                arguments("เอกสารนำเสนอ.pptx", SampleFiles.pptx(), "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
                arguments("ร่างมาตรฐาน.odt", SampleFiles.odt(), "application/vnd.oasis.opendocument.text"),
                arguments("แผนภาพ.png", SampleFiles.png(), "image/png"),
                arguments("ภาพถ่าย.jpg", SampleFiles.jpeg(), "image/jpeg"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptedFiles")
    void storesEachAcceptedFormatWithTheTypeFoundInItsContent(String filename, byte[] content, String mediaType) throws Exception {
        // the browser's claim (octet-stream) is ignored: the content decides
        upload(standardDocuments(), "somsri", file(filename, content), "type", "DRAFT", "label", "ร่างมาตรฐาน", "version", "1.0")
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, matchesPattern("http://localhost/api/documents/\\d+")))
                .andExpect(jsonPath("$.standardId").value(draft.id()))
                .andExpect(jsonPath("$.hearingId").doesNotExist())
                .andExpect(jsonPath("$.type").value("DRAFT"))
                .andExpect(jsonPath("$.typeLabel").value("ร่างมาตรฐาน"))
                .andExpect(jsonPath("$.label").value("ร่างมาตรฐาน"))
                .andExpect(jsonPath("$.version").value("1.0"))
                .andExpect(jsonPath("$.putUpOn").value("2026-11-26"))
                .andExpect(jsonPath("$.filename").value(filename))
                .andExpect(jsonPath("$.mediaType").value(mediaType))
                .andExpect(jsonPath("$.size").value(content.length))
                .andExpect(jsonPath("$.sha256").value(SampleFiles.sha256(content)))
                .andExpect(jsonPath("$.uploadedBy").value("somsri"))
                .andExpect(jsonPath("$.uploadedAt").value("2026-11-26T09:00:00+07:00"))
                .andExpect(jsonPath("$.content", matchesPattern("/api/documents/\\d+/content")));
    }

    @Test
    void theLocationOfAnUploadAnswersWithItsMetadata() throws Exception {
        MvcResult created = upload(standardDocuments(), "somsri", file("ร่าง.pdf", SampleFiles.pdf()), "type", "DRAFT", "label", "ร่าง")
                .andExpect(status().isCreated()).andReturn();
        JsonNode body = json.readTree(created.getResponse().getContentAsByteArray());

        mvc.perform(get(created.getResponse().getHeader(HttpHeaders.LOCATION)).with(httpBasic("anan", "demo")).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(body.get("id").asLong()))
                .andExpect(jsonPath("$.typeLabel").value("Draft standard"))
                .andExpect(jsonPath("$.sha256").value(body.get("sha256").asText()));
    }

    @Test
    void theWorkingGroupUploadsToItsStandardAndItsHearings() throws Exception {
        Hearing hearing = scheduledHearing();

        upload(standardDocuments(), "anan", file("ร่าง.pdf", SampleFiles.pdf()), "type", "DRAFT", "label", "ร่าง")
                .andExpect(status().isCreated());
        upload(hearingDocuments(hearing), "anan", file("กำหนดการ.pdf", SampleFiles.pdf()), "type", "AGENDA", "label", "กำหนดการ")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.hearingId").value(hearing.id()))
                .andExpect(jsonPath("$.standardId").doesNotExist())
                .andExpect(jsonPath("$.uploadedBy").value("anan"));
    }

    @Test
    void refusesAnUploadFromAUserOfAnotherWorkingGroupWith403() throws Exception {
        Hearing hearing = scheduledHearing();

        for (String path : new String[] {standardDocuments(), hearingDocuments(hearing)}) {
            upload(path, "kittipong", file("ร่าง.pdf", SampleFiles.pdf()), "type", "DRAFT", "label", "ร่าง")
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.type").value("/problems/forbidden"));
        }
        // the technical working group reviews drafts; it does not put documents up
        upload(standardDocuments(), "chaiwat", file("ร่าง.pdf", SampleFiles.pdf()), "type", "DRAFT", "label", "ร่าง")
                .andExpect(status().isForbidden());
        mvc.perform(get(standardDocuments()).with(httpBasic("somsri", "demo"))).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void refusesAnAnonymousUploadWith401() throws Exception {
        mvc.perform(multipart(standardDocuments()).file(file("ร่าง.pdf", SampleFiles.pdf())).param("type", "DRAFT").param("label", "ร่าง"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().exists(HttpHeaders.WWW_AUTHENTICATE));
    }

    @Test
    void answers404ForAStandardHearingOrDocumentThatDoesNotExist() throws Exception {
        upload("/api/standards/STD-99999/documents", "somsri", file("ร่าง.pdf", SampleFiles.pdf()), "type", "DRAFT", "label", "ร่าง")
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.type").value("/problems/not-found"));
        upload("/api/hearings/99999/documents", "somsri", file("ร่าง.pdf", SampleFiles.pdf()), "type", "AGENDA", "label", "ร่าง")
                .andExpect(status().isNotFound());
        for (String path : new String[] {"/api/standards/STD-99999/documents", "/api/hearings/99999/documents", "/api/documents/99999",
                "/api/documents/99999/content"}) {
            mvc.perform(get(path).with(httpBasic("somsri", "demo"))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/documents/99999").with(httpBasic("somsri", "demo")).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(jsonPath("$.detail").value("No document 99999"));
    }

    @Test
    void namesEachFieldAtFaultWith422() throws Exception {
        upload(standardDocuments(), "somsri", file("ร่าง.pdf", SampleFiles.pdf()), "type", "PAMPHLET", "putUpOn", "2026-11-27")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.type").value("/problems/invalid-input"))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("type", "label", "putUpOn")))
                .andExpect(jsonPath("$.errors[0].code").value("document.type-unknown"))
                .andExpect(jsonPath("$.errors[1].code").value("document.label-required"))
                .andExpect(jsonPath("$.errors[2].code").value("document.put-up-on-future"));
        upload(standardDocuments(), "somsri", file("ร่าง.pdf", SampleFiles.pdf()), "type", "DRAFT", "label", "ก".repeat(301), "putUpOn", "26/11/2569")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("label", "putUpOn")));
        upload(standardDocuments(), "somsri", file("ร่าง.pdf", new byte[0]), "type", "DRAFT", "label", "ร่าง")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
    }

    @Test
    void answers400WhenTheFilePartIsMissing() throws Exception {
        mvc.perform(multipart(standardDocuments()).param("type", "DRAFT").param("label", "ร่าง").with(httpBasic("somsri", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
    }

    static Stream<Arguments> disguisedFiles() {
        return Stream.of(
                arguments("an ELF executable named .pdf", "report.pdf", SampleFiles.elf(), "application/x-executable"),
                arguments("a Windows executable named .pdf", "report.pdf", SampleFiles.pe(), "application/x-msdownload"),
                arguments("a web page named .docx", "form.docx", SampleFiles.html(), "text/html"),
                arguments("a PDF named .png", "scan.png", SampleFiles.pdf(), "PDF"),
                arguments("a PDF named .docx", "draft.docx", SampleFiles.pdf(), "PDF"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("disguisedFiles")
    void refusesADisguisedFileWith415NamingWhatItIs(String description, String filename, byte[] content, String found) throws Exception {
        mvc.perform(multipart(standardDocuments()).file(file(filename, content)).param("type", "DRAFT").param("label", "ร่าง")
                        .with(httpBasic("somsri", "demo")).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.type").value("/problems/unsupported-content"))
                .andExpect(jsonPath("$.title").value("Unsupported content"))
                .andExpect(jsonPath("$.detail", containsString(found)));
    }

    @Test
    void refusesADocxThatWouldUnpackToFarMoreThanItWeighs() throws Exception {
        byte[] tightlyPacked = SampleFiles.docxUnpackingTo(20L * 1024 * 1024);
        byte[] manyEntries = SampleFiles.docxWithEntries(properties.documents().maxEntries());

        for (byte[] bomb : new byte[][] {tightlyPacked, manyEntries}) {
            upload(standardDocuments(), "somsri", file("ร่าง.docx", bomb), "type", "DRAFT", "label", "ร่าง")
                    .andExpect(status().isUnsupportedMediaType())
                    .andExpect(jsonPath("$.detail", containsString("ร่าง.docx")));
        }
    }

    @Test
    void leavesNoFileBehindWhenAnUploadIsRefused() throws Exception {
        long before = filesInStore();

        upload(standardDocuments(), "somsri", file("report.pdf", SampleFiles.elf()), "type", "DRAFT", "label", "ร่าง")
                .andExpect(status().isUnsupportedMediaType());
        upload(standardDocuments(), "somsri", file("ร่าง.docx", SampleFiles.docxUnpackingTo(20L * 1024 * 1024)), "type", "DRAFT", "label", "ร่าง")
                .andExpect(status().isUnsupportedMediaType());
        upload(standardDocuments(), "somsri", file("ร่าง.pdf", SampleFiles.pdf()), "type", "DRAFT")
                .andExpect(status().isUnprocessableEntity());
        upload(standardDocuments(), "kittipong", file("ร่าง.pdf", SampleFiles.pdf()), "type", "DRAFT", "label", "ร่าง")
                .andExpect(status().isForbidden());
        assertThat(filesInStore()).isEqualTo(before);

        upload(standardDocuments(), "somsri", file("ร่าง.pdf", SampleFiles.pdf()), "type", "DRAFT", "label", "ร่าง")
                .andExpect(status().isCreated());
        assertThat(filesInStore()).isEqualTo(before + 1);
    }

    @Test
    void storesTheFileUnderANameOfItsOwnOutsideTheWebRoot() throws Exception {
        byte[] pdf = SampleFiles.pdf(java.util.UUID.randomUUID().toString());
        MvcResult created = upload(standardDocuments(), "somsri", file("../../ร่าง.pdf", pdf), "type", "DRAFT", "label", "ร่าง")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.filename").value("ร่าง.pdf"))
                .andExpect(jsonPath("$.storedName").doesNotExist())
                .andReturn();
        String sha256 = json.readTree(created.getResponse().getContentAsByteArray()).get("sha256").asText();
        assertThat(sha256).isEqualTo(SampleFiles.sha256(pdf));

        try (Stream<Path> files = Files.list(properties.documents().directory())) {
            assertThat(files.filter(Files::isRegularFile).filter(f -> sha256.equals(SampleFiles.sha256(read(f)))).map(f -> f.getFileName().toString()))
                    .singleElement().asString().matches("[0-9a-f-]{36}");
        }
    }

    @Test
    void listsAStandardsDocumentsInTheOrderTheyWerePutUp() throws Exception {
        upload(standardDocuments(), "somsri", file("faq.pdf", SampleFiles.pdf()), "type", "FAQ", "label", "ปัญหาถามตอบ", "putUpOn", "2026-11-20");
        upload(standardDocuments(), "somsri", file("today.pdf", SampleFiles.pdf()), "type", "OTHER", "label", "วันนี้");
        upload(standardDocuments(), "somsri", file("draft.pdf", SampleFiles.pdf()), "type", "DRAFT", "label", "ร่าง", "putUpOn", "2026-11-01");

        mvc.perform(get(standardDocuments()).with(httpBasic("anan", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].label").value(org.hamcrest.Matchers.contains("ร่าง", "ปัญหาถามตอบ", "วันนี้")))
                .andExpect(jsonPath("$[*].putUpOn").value(org.hamcrest.Matchers.contains("2026-11-01", "2026-11-20", "2026-11-26")));
        mvc.perform(get(standardDocuments())).andExpect(status().isUnauthorized());
    }

    @Test
    void theDocumentsOfAHearingBecomePublicWhenItOpens() throws Exception {
        Hearing hearing = scheduledHearing();
        long agenda = id(upload(hearingDocuments(hearing), "somsri", file("กำหนดการ.pdf", SampleFiles.pdf()), "type", "AGENDA", "label", "กำหนดการ"));

        mvc.perform(get(hearingDocuments(hearing))).andExpect(status().isNotFound());
        mvc.perform(get("/api/documents/{id}", agenda)).andExpect(status().isNotFound());
        mvc.perform(get("/api/documents/{id}/content", agenda)).andExpect(status().isNotFound());
        mvc.perform(get(hearingDocuments(hearing)).with(httpBasic("chaiwat", "demo"))).andExpect(jsonPath("$.length()").value(1));

        moveClockTo(hearing.window().opensAt());
        hearings.open(hearing.id());

        mvc.perform(get(hearingDocuments(hearing)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(agenda))
                .andExpect(jsonPath("$[0].typeLabel").value("กำหนดการ"));
        mvc.perform(get("/api/documents/{id}", agenda)).andExpect(status().isOk());
        mvc.perform(get("/api/documents/{id}/content", agenda))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-cache"))
                .andExpect(content().bytes(SampleFiles.pdf()));
    }

    @Test
    void aStandardsDocumentsArePublicOnceItIsPublished() throws Exception {
        long draftDocument = id(upload(standardDocuments(), "somsri", file("ร่าง.pdf", SampleFiles.pdf()), "type", "DRAFT", "label", "ร่าง"));

        mvc.perform(get("/api/documents/{id}/content", draftDocument)).andExpect(status().isNotFound());
        mvc.perform(get("/api/documents/{id}/content", draftDocument).with(httpBasic("malee", "demo"))).andExpect(status().isOk());

        registry.changeStatus(draft.id(), StandardStatus.PUBLISHED, "ลงนามประกาศแล้ว");

        mvc.perform(get("/api/documents/{id}", draftDocument)).andExpect(status().isOk()).andExpect(jsonPath("$.label").value("ร่าง"));
        mvc.perform(get("/api/documents/{id}/content", draftDocument)).andExpect(status().isOk());
    }

    @Test
    void downloadsAFileUnderItsThaiNameWithItsTypeLengthAndDigest() throws Exception {
        byte[] pdf = SampleFiles.pdf();
        String name = "ร่างมาตรฐาน ส่วนที่ 5.pdf";
        long id = id(upload(standardDocuments(), "somsri", file(name, pdf), "type", "DRAFT", "label", "ร่าง"));

        MvcResult download = mvc.perform(get("/api/documents/{id}/content", id).with(httpBasic("somsri", "demo")))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/pdf"))
                .andExpect(header().longValue(HttpHeaders.CONTENT_LENGTH, pdf.length))
                .andExpect(header().string(HttpHeaders.ETAG, "\"" + SampleFiles.sha256(pdf) + "\""))
                .andExpect(header().string("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(SampleFiles.sha256(pdf))) + ":"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().bytes(pdf))
                .andReturn();

        ContentDisposition disposition = ContentDisposition.parse(download.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION));
        assertThat(disposition.isAttachment()).isTrue();
        assertThat(disposition.getFilename()).isEqualTo(name);
        assertThat(download.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).contains("filename*=UTF-8''%E0%B8%A3");
    }

    @Test
    void answers304WhenTheCallerHasTheSameFileAlready() throws Exception {
        Hearing hearing = scheduledHearing();
        moveClockTo(hearing.window().opensAt());
        hearings.open(hearing.id());
        byte[] png = SampleFiles.png();
        long id = id(upload(hearingDocuments(hearing), "somsri", file("แผนภาพ.png", png), "type", "SLIDES", "label", "แผนภาพ"));
        String etag = "\"" + SampleFiles.sha256(png) + "\"";

        mvc.perform(get("/api/documents/{id}/content", id).header(HttpHeaders.IF_NONE_MATCH, etag))
                .andExpect(status().isNotModified())
                .andExpect(header().string(HttpHeaders.ETAG, etag))
                .andExpect(content().bytes(new byte[0]));
        mvc.perform(get("/api/documents/{id}/content", id).header(HttpHeaders.IF_NONE_MATCH, "\"" + SampleFiles.sha256(SampleFiles.pdf()) + "\""))
                .andExpect(status().isOk())
                .andExpect(content().bytes(png));
    }

    @Test
    void describesAnUploadAsAMultipartFormForStaffInTheOpenApiDocument() throws Exception {
        JsonNode api = json.readTree(mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());

        for (String path : new String[] {"/api/standards/{standardId}/documents", "/api/hearings/{hearingId}/documents"}) {
            JsonNode upload = api.at("/paths/" + path.replace("/", "~1") + "/post");
            assertThat(upload.at("/parameters").findValuesAsText("in")).containsOnly("path");
            JsonNode form = upload.at("/requestBody/content/multipart~1form-data/schema");
            if (form.has("$ref")) {
                form = api.at(form.get("$ref").asText().substring(1));
            }
            assertThat(form.get("properties").fieldNames()).toIterable().containsExactly("file", "type", "label", "version", "putUpOn");
            assertThat(form.get("required")).extracting(JsonNode::asText).containsExactlyInAnyOrder("file", "type", "label");
            assertThat(upload.at("/security/0").has("basic")).isTrue();
            assertThat(upload.get("responses").fieldNames()).toIterable().contains("201", "400", "401", "403", "404", "413", "415", "422");
        }
        assertThat(api.at("/paths/~1api~1documents~1{id}~1content/get/security").isMissingNode()).isTrue();
    }

    private Hearing scheduledHearing() {
        LocalDate start = LocalDate.of(2026, 12, 1);
        Instant meeting = Instant.parse("2026-12-10T06:30:00Z");
        return hearings.schedule(draft.id(), new HearingWindow(start, start.plusDays(30), meeting, meeting.plusSeconds(2 * 3600)),
                "https://meet.example.org/hearing", "https://forms.example.org/register", "ร่างมาตรฐานเพื่อรับฟังความคิดเห็น");
    }

    private String standardDocuments() {
        return "/api/standards/" + draft.id() + "/documents";
    }

    private static String hearingDocuments(Hearing hearing) {
        return "/api/hearings/" + hearing.id() + "/documents";
    }

    private ResultActions upload(String path, String user, MockMultipartFile file, String... fields) throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart(path).file(file);
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return mvc.perform(request.with(httpBasic(user, "demo")));
    }

    private long id(ResultActions created) throws Exception {
        return json.readTree(created.andExpect(status().isCreated()).andReturn().getResponse().getContentAsByteArray()).get("id").asLong();
    }

    private static MockMultipartFile file(String filename, byte[] content) {
        return new MockMultipartFile("file", filename, OCTET_STREAM, content);
    }

    private long filesInStore() throws IOException {
        try (Stream<Path> files = Files.walk(properties.documents().directory())) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
