package th.go.dga.standards.workspace;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

import th.go.dga.standards.draft.DraftDocx;
import th.go.dga.standards.hearing.Comment;
import th.go.dga.standards.hearing.CommentService;
import th.go.dga.standards.hearing.CommentType;
import th.go.dga.standards.hearing.Disposition;
import th.go.dga.standards.hearing.Hearing;
import th.go.dga.standards.hearing.NewComment;
import th.go.dga.standards.process.StandardLifecycleProcess;
import th.go.dga.standards.registry.StandardKind;
import th.go.dga.standards.support.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The revision and the final approval of a draft sent as Word files: comments answered one by one from the day they
 * arrive, the revision step showing each with the change it caused and those still unanswered, and the committee
 * reading what changed since the version heard.
 */
class RevisionStepTests extends ApiTestSupport {

    @Autowired CommentService comments;

    @Test
    void theRevisionShowsEachCommentWithItsChangeAndTheFinalApprovalWhatChanged() throws Exception {
        String project = steps().register(StandardKind.MSPR, nextNumber(), null);
        send(project, "1.0", new DraftDocx().heading(1, "1 ขอบข่าย").paragraph("มาตรฐานนี้ใช้กับหน่วยงานของรัฐ")
                .heading(1, "3 หลักเกณฑ์").paragraph("3.1 หน่วยงานของรัฐต้องจัดเก็บข้อมูลการให้บริการไว้อย่างน้อยหนึ่งปี").bytes());
        steps().draft(project, "1.0");
        steps().approve(project, "chaiwat", "malee");
        steps().approve(project, "prasert", "wanida", "somchai", "ratana");
        steps().scheduleHearing(project);
        Hearing hearing = steps().openHearing(project);
        Comment onAClause = comments.submit(hearing.id(), new NewComment("ร่าง", "3.1", CommentType.TECHNICAL, "ควรจัดเก็บนานกว่าหนึ่งปี",
                null, "ผู้แสดงความคิดเห็น", null, "one@example.go.th", "1.0"));
        Comment onTheWhole = comments.submit(hearing.id(), new NewComment("ร่าง", null, CommentType.GENERAL, "เห็นด้วยทั้งฉบับ",
                null, "ผู้แสดงความคิดเห็น", null, "two@example.go.th", "1.0"));
        // answered while the hearing is still open
        answer(onAClause, "ACCEPTED", "ขยายเป็นสองปี", List.of());
        steps().finishHearing(project, hearing);

        send(project, "2.0", new DraftDocx().heading(1, "1 ขอบข่าย").paragraph("มาตรฐานนี้ใช้กับหน่วยงานของรัฐ")
                .heading(1, "3 หลักเกณฑ์").paragraph("3.1 หน่วยงานของรัฐต้องจัดเก็บข้อมูลการให้บริการไว้อย่างน้อยสองปี").bytes());
        answer(onAClause, "ACCEPTED", "ขยายเป็นสองปี", List.of("3.1"));
        Task revising = task(project, StandardLifecycleProcess.REVISE_DRAFT);
        String page = mvc.perform(get("/work/tasks/{id}", revising.getId()).with(as("anan"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("การแก้ไขจากร่างฉบับ 1.0 ที่รับฟังความคิดเห็น เป็นฉบับ 2.0")
                .contains("ยังไม่ได้พิจารณา 1 รายการ: " + onTheWhole.referenceNo())
                .contains("<del>หนึ่ง</del><ins>สอง</ins>");

        answer(onTheWhole, "NOTED", "ขอบคุณสำหรับความเห็น", null);
        // the form sent without answers: those given one by one are the answers, and stay as given
        steps().revise(project, Map.of(), "2.0");
        assertThat(comments.get(onAClause.id()).response()).isEqualTo("ขยายเป็นสองปี");
        assertThat(comments.get(onTheWhole.id()).disposition()).isEqualTo(Disposition.NOTED);
        assertThat(hearings.get(hearing.id()).summaryPublished()).isTrue();

        Task approving = task(project, StandardLifecycleProcess.APPROVE_FINAL_DRAFT);
        String finalApproval = mvc.perform(get("/work/tasks/{id}", approving.getId()).with(as("prasert"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(finalApproval).contains("เปลี่ยนแปลงจากร่างฉบับ 1.0 เป็นฉบับ 2.0").contains("แก้ไข 1 ข้อ")
                .contains("<del>หนึ่ง</del><ins>สอง</ins>");
    }

    private void send(String project, String version, byte[] docx) throws Exception {
        mvc.perform(multipart("/api/standards/{id}/drafts", project)
                        .file(new MockMultipartFile("file", "ร่าง-" + version + ".docx", "application/octet-stream", docx))
                        .param("version", version).with(as("anan")))
                .andExpect(status().isCreated());
    }

    private void answer(Comment comment, String disposition, String response, List<String> answeredIn) throws Exception {
        Map<String, Object> answer = new java.util.HashMap<>(Map.of("disposition", disposition, "response", response));
        if (answeredIn != null) {
            answer.put("answeredIn", answeredIn);
        }
        mvc.perform(put("/api/comments/{id}/disposition", comment.id()).with(as("anan")).contentType(MediaType.APPLICATION_JSON).content(body(answer)))
                .andExpect(status().isOk());
    }
}
