package th.go.dga.standards.drafting;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

import com.fasterxml.jackson.databind.JsonNode;

import th.go.dga.standards.draft.DraftDocx;
import th.go.dga.standards.hearing.Comment;
import th.go.dga.standards.hearing.CommentService;
import th.go.dga.standards.hearing.Hearing;
import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.registry.StandardKind;
import th.go.dga.standards.registry.StandardRegistry;
import th.go.dga.standards.support.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A draft sent as a Word file, as the working group sends it and as the public reads and comments on it.
 */
class DraftsApiTests extends ApiTestSupport {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Autowired StandardRegistry registry;
    @Autowired CommentService comments;
    @Autowired JdbcClient jdbc;

    private Standard project;

    @BeforeEach
    void aProjectOfTheProcessWorkingGroup() {
        project = registeredProject(StandardKind.MSPR);
    }

    static byte[] thaiDraft() {
        return new DraftDocx()
                .title("(ร่าง) มาตรฐานสำนักงานพัฒนารัฐบาลดิจิทัล ว่าด้วยการจัดระดับบริการดิจิทัลภาครัฐ")
                .paragraph("มาตรฐานนี้จัดทำขึ้นเพื่อให้หน่วยงานของรัฐประเมินระดับบริการด้วยหลักเกณฑ์เดียวกัน")
                .heading(1, "1 ขอบข่าย")
                .paragraph("มาตรฐานนี้ใช้กับหน่วยงานของรัฐที่ให้บริการดิจิทัลแก่ประชาชน")
                .heading(1, "2 บทนิยาม")
                .heading(2, "2.1 บริการดิจิทัล")
                .paragraph("บริการที่ประชาชนยื่นคำขอและรับผลผ่านช่องทางดิจิทัล")
                .heading(1, "๓ หลักเกณฑ์")
                .paragraph("๓.๑ หน่วยงานของรัฐต้องจัดเก็บข้อมูลการให้บริการไว้อย่างน้อยหนึ่งปี")
                .bytes();
    }

    private ResultActions send(String standardId, byte[] file, String filename, String version, String user) throws Exception {
        return mvc.perform(multipart("/api/standards/{id}/drafts", standardId)
                .file(new MockMultipartFile("file", filename, DOCX, file))
                .param("version", version)
                .with(as(user)));
    }

    @Test
    void keepsAWordDraftWithTheClausesReadFromIt() throws Exception {
        byte[] sent = thaiDraft();
        JsonNode kept = json.readTree(send(project.id(), sent, "ร่าง-1.0.docx", "1.0", "anan")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.stage").value("DRAFT"))
                .andExpect(jsonPath("$.clauseCount").value(5))
                .andReturn().getResponse().getContentAsString());

        assertThat(kept.get("clauses").findValuesAsText("number")).containsExactly("1", "2", "2.1", "3", "3.1");
        assertThat(kept.get("clauses").get(4).get("text").asText()).isEqualTo("หน่วยงานของรัฐต้องจัดเก็บข้อมูลการให้บริการไว้อย่างน้อยหนึ่งปี");
        assertThat(kept.get("preamble").asText()).contains("การจัดระดับบริการดิจิทัลภาครัฐ");
        assertThat(registry.get(project.id()).versionLabel()).isEqualTo("1.0");
        // the file as it was sent, byte for byte
        byte[] downloaded = mvc.perform(get(kept.get("document").asText()).with(as("anan"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(downloaded).isEqualTo(sent);
        mvc.perform(get("/api/standards/{id}/drafts", project.id()).with(as("somsri")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].version").value("1.0")).andExpect(jsonPath("$[0].clauseCount").value(5));
    }

    @Test
    void refusesAWordFileWithoutNumberedClausesAndKeepsNothingOfIt() throws Exception {
        int documents = count("document");
        byte[] noClauses = new DraftDocx().title("บันทึกการประชุม").paragraph("ที่ประชุมรับทราบ").bytes();

        send(project.id(), noClauses, "บันทึก.docx", "1.0", "anan")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("ไม่พบข้อที่มีเลขกำกับ")));

        assertThat(count("document")).isEqualTo(documents);
        assertThat(count("draft_version")).isZero();
    }

    @Test
    void refusesADraftThatIsNotAWordFileNamingIt() throws Exception {
        send(project.id(), th.go.dga.standards.document.SampleFiles.pdf(), "ร่าง.pdf", "1.0", "anan")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("«ร่าง.pdf» ไม่ใช่ไฟล์ Word")));
    }

    @Test
    void refusesAVersionLabelThatIsNotAVersionOrIsTakenAndSomeoneOutsideTheProject() throws Exception {
        send(project.id(), thaiDraft(), "ร่าง.docx", "ฉบับแรก", "anan")
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].field").value("version"));
        send(project.id(), thaiDraft(), "ร่าง.docx", "1.0", "anan").andExpect(status().isCreated());
        send(project.id(), thaiDraft(), "ร่าง.docx", "1.0", "anan")
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].message").value(containsString("ร่างฉบับ 1.0")));
        send(project.id(), thaiDraft(), "ร่าง.docx", "1.1", "chaiwat").andExpect(status().isForbidden());
    }

    @Test
    void theHearingPutsItsDraftToThePublicWhichCommentsOnItsClausesOnly() throws Exception {
        send(project.id(), thaiDraft(), "ร่าง-1.0.docx", "1.0", "anan").andExpect(status().isCreated());
        Hearing hearing = hearings.open(scheduledHearing(project.id()).id());

        JsonNode heard = json.readTree(mvc.perform(get("/api/hearings/{id}/draft", hearing.id()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(heard.get("version").asText()).isEqualTo("1.0");
        assertThat(heard.get("clauses").get(1).get("anchor").asText()).isEqualTo("ข้อ-2");
        // the Word file is the hearing's, though it was sent to the standard
        mvc.perform(get("/api/hearings/{id}/documents", hearing.id()))
                .andExpect(jsonPath("$[0].version").value("1.0"));
        mvc.perform(get(heard.get("document").asText())).andExpect(status().isOk());

        Map<String, Object> onAClause = publicComment("ควรกำหนดระยะเวลาจัดเก็บให้ยาวขึ้น");
        onAClause.put("clause", "ข้อ ๓.๑");
        JsonNode received = json.readTree(mvc.perform(post("/api/hearings/{id}/comments", hearing.id())
                        .contentType(MediaType.APPLICATION_JSON).content(body(onAClause)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        Map<String, Object> wholeDraft = publicComment("เห็นด้วยทั้งฉบับ");
        wholeDraft.remove("clause");
        mvc.perform(post("/api/hearings/{id}/comments", hearing.id()).contentType(MediaType.APPLICATION_JSON).content(body(wholeDraft)))
                .andExpect(status().isCreated());
        Map<String, Object> nowhere = publicComment("ข้อนี้ไม่ชัดเจน");
        nowhere.put("clause", "99.9");
        mvc.perform(post("/api/hearings/{id}/comments", hearing.id()).contentType(MediaType.APPLICATION_JSON).content(body(nowhere)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("clause"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("ไม่มี «99.9» ในร่างฉบับ 1.0")));

        List<Comment> stored = comments.forHearing(hearing.id());
        assertThat(stored).extracting(Comment::clause).containsExactly("3.1", null);
        assertThat(received.get("referenceNo").asText()).isEqualTo(stored.get(0).referenceNo());
    }

    @Test
    void anAnswerNamesTheClausesOfTheRevisedDraftThatAnswerTheComment() throws Exception {
        send(project.id(), thaiDraft(), "ร่าง-1.0.docx", "1.0", "anan").andExpect(status().isCreated());
        Hearing hearing = hearings.open(scheduledHearing(project.id()).id());
        Map<String, Object> sent = publicComment("ควรกำหนดระยะเวลาจัดเก็บให้ยาวขึ้น");
        sent.put("clause", "3.1");
        mvc.perform(post("/api/hearings/{id}/comments", hearing.id()).contentType(MediaType.APPLICATION_JSON).content(body(sent)))
                .andExpect(status().isCreated());
        Comment comment = comments.forHearing(hearing.id()).get(0);
        hearings.close(hearing.id());
        byte[] revised = new DraftDocx()
                .heading(1, "1 ขอบข่าย").paragraph("มาตรฐานนี้ใช้กับหน่วยงานของรัฐที่ให้บริการดิจิทัลแก่ประชาชน")
                .heading(1, "3 หลักเกณฑ์").paragraph("3.1 หน่วยงานของรัฐต้องจัดเก็บข้อมูลการให้บริการไว้อย่างน้อยสองปี")
                .bytes();
        JsonNode version = json.readTree(send(project.id(), revised, "ร่าง-2.0.docx", "2.0", "anan")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.stage").value("REVISED"))
                .andReturn().getResponse().getContentAsString());

        mvc.perform(put("/api/comments/{id}/disposition", comment.id()).with(as("anan")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("disposition", "ACCEPTED", "response", "ขยายเป็นสองปี", "answeredIn", List.of("ข้อ ๓.๑", "2.1")))))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("answeredIn"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("ไม่มีข้อ 2.1 ในร่างที่ปรับปรุงฉบับ 2.0")));
        mvc.perform(put("/api/comments/{id}/disposition", comment.id()).with(as("anan")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("disposition", "ACCEPTED", "response", "ขยายเป็นสองปี", "answeredIn", List.of("ข้อ ๓.๑")))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.answeredIn[0]").value("3.1"))
                .andExpect(jsonPath("$.answeredInVersion").value(version.get("id").asLong()));
        // an answer sent again without clauses keeps them
        mvc.perform(put("/api/comments/{id}/disposition", comment.id()).with(as("anan")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("disposition", "ACCEPTED", "response", "ขยายระยะเวลาจัดเก็บเป็นสองปี"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.answeredIn[0]").value("3.1"));
    }

    @Test
    void theDraftOfAHearingNotYetOpenIsNotThePublics() throws Exception {
        send(project.id(), thaiDraft(), "ร่าง-1.0.docx", "1.0", "anan").andExpect(status().isCreated());
        Hearing hearing = scheduledHearing(project.id());
        long document = hearings.get(hearing.id()).draftVersionId();

        mvc.perform(get("/api/hearings/{id}/draft", hearing.id())).andExpect(status().isNotFound());
        mvc.perform(get("/api/drafts/{id}", document)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/drafts/{id}", document).with(as("somsri"))).andExpect(status().isOk());
    }

    @Test
    void aVersionRecordedAsALinkGetsItsFileAndClausesUnderTheSameLabel() throws Exception {
        mvc.perform(get("/api/standards/{id}/drafts", project.id()).with(as("somsri"))).andExpect(jsonPath("$.length()").value(0));
        jdbc.sql("""
                insert into draft_version (standard_id, stage, version_label, document_ref, recorded_by, recorded_at)
                values (:id, 'DRAFT', '1.0', 'https://drive.example.org/draft-1.0', 'anan', current_timestamp)""")
                .param("id", project.id()).update();
        Hearing hearing = hearings.open(scheduledHearing(project.id()).id());
        mvc.perform(get("/api/hearings/{id}/draft", hearing.id())).andExpect(jsonPath("$.clauseCount").doesNotExist());

        send(project.id(), thaiDraft(), "ร่าง-1.0.docx", "1.0", "anan").andExpect(status().isCreated());

        mvc.perform(get("/api/hearings/{id}/draft", hearing.id())).andExpect(jsonPath("$.clauseCount").value(5));
        assertThat(count("draft_version")).isEqualTo(1);
    }

    private int count(String table) {
        return jdbc.sql("select count(*) from " + table + ("document".equals(table) ? "" : " where standard_id = :id"))
                .params("document".equals(table) ? Map.of() : Map.of("id", project.id())).query(Integer.class).single();
    }
}
