package th.go.dga.standards.workspace;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

import th.go.dga.standards.draft.DraftDocx;
import th.go.dga.standards.draft.DraftVersions;
import th.go.dga.standards.process.StandardLifecycleProcess;
import th.go.dga.standards.registry.StandardKind;
import th.go.dga.standards.support.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The working group sends its draft as a Word file at the drafting step: the version is kept with its clauses and the
 * step's form is filled in with it; a file without clauses is refused on the page and the step is left as it was.
 */
class DraftUploadPagesTests extends ApiTestSupport {

    @Autowired DraftVersions drafts;

    @Test
    void aWordDraftSentAtTheDraftingStepFillsItsFormAndTheStepCompletesWithIt() throws Exception {
        String project = steps().register(StandardKind.MSPR, nextNumber(), null);
        Task drafting = task(project, StandardLifecycleProcess.PREPARE_DRAFT);
        byte[] docx = new DraftDocx().title("(ร่าง) มาตรฐานทดสอบ").heading(1, "1 ขอบข่าย").paragraph("มาตรฐานนี้ใช้กับหน่วยงานของรัฐ")
                .heading(1, "2 ข้อกำหนด").paragraph("2.1 หน่วยงานของรัฐต้องจัดเก็บข้อมูลไว้อย่างน้อยหนึ่งปี").bytes();

        // a step not yet claimed takes no file
        mvc.perform(multipart("/work/tasks/{id}/draft", drafting.getId()).file(new MockMultipartFile("file", "ร่าง.docx", "application/octet-stream", docx))
                        .param("version", "1.0").with(as("anan")).with(csrf()))
                .andExpect(status().isUnprocessableEntity());
        taskService.claim(drafting.getId(), "anan");
        String page = mvc.perform(get("/work/tasks/{id}", drafting.getId()).with(as("anan")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("ส่งร่างเป็นไฟล์ Word").contains("enctype=\"multipart/form-data\"");

        byte[] noClauses = new DraftDocx().title("บันทึก").paragraph("ไม่มีข้อ").bytes();
        String refused = mvc.perform(multipart("/work/tasks/{id}/draft", drafting.getId())
                        .file(new MockMultipartFile("file", "บันทึก.docx", "application/octet-stream", noClauses))
                        .param("version", "1.0").with(as("anan")).with(csrf()))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("ไม่พบข้อที่มีเลขกำกับในไฟล์ «บันทึก.docx»").contains("value=\"1.0\"");
        assertThat(drafts.versions(project)).isEmpty();

        mvc.perform(multipart("/work/tasks/{id}/draft", drafting.getId())
                        .file(new MockMultipartFile("file", "ร่าง-1.0.docx", "application/octet-stream", docx))
                        .param("version", "1.0").param("note", "ร่างแรก").with(as("anan")).with(csrf()))
                .andExpect(redirectedUrl("/work/tasks/" + drafting.getId()))
                .andExpect(flash().attribute("notice", "work.draft-received")).andExpect(flash().attribute("noticeTo", 3));
        String filled = mvc.perform(get("/work/tasks/{id}", drafting.getId()).with(as("anan")))
                .andReturn().getResponse().getContentAsString();
        long documentId = drafts.latest(project).orElseThrow().documentId();
        assertThat(filled).contains("value=\"/api/documents/" + documentId + "/content\"");

        mvc.perform(post("/work/tasks/{id}", drafting.getId()).with(as("anan")).with(csrf())
                        .param("draftVersionLabel", "1.0").param("draftDocumentRef", "/api/documents/" + documentId + "/content"))
                .andExpect(redirectedUrl("/work"));
        // the step recorded the version sent, not a second one
        assertThat(drafts.versions(project)).singleElement().satisfies(v -> {
            assertThat(v.versionLabel()).isEqualTo("1.0");
            assertThat(v.hasText()).isTrue();
            assertThat(v.note()).isEqualTo("ร่างแรก");
        });
        assertThat(drafts.text(drafts.latest(project).orElseThrow().id()).orElseThrow().clauses()).extracting(c -> c.number())
                .containsExactly("1", "2", "2.1");
    }
}
