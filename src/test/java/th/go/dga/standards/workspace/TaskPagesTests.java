package th.go.dga.standards.workspace;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

import th.go.dga.standards.draft.DraftDocx;
import th.go.dga.standards.hearing.Comment;
import th.go.dga.standards.hearing.CommentService;
import th.go.dga.standards.hearing.CommentType;
import th.go.dga.standards.hearing.Disposition;
import th.go.dga.standards.hearing.Hearing;
import th.go.dga.standards.hearing.NewComment;
import th.go.dga.standards.process.CommitteeVoteProcess;
import th.go.dga.standards.process.StandardLifecycleProcess;
import th.go.dga.standards.registry.StandardKind;
import th.go.dga.standards.support.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A task done in the workspace: its form is the deployed Camunda Form, dates are typed in the Buddhist era and read in
 * Bangkok time, and what the engine refuses comes back on the page in Thai with what was typed kept.
 */
class TaskPagesTests extends ApiTestSupport {

    @Autowired CommentService comments;

    @Test
    void theSecretariatSchedulesAHearingWithBuddhistEraDatesAndABangkokMeetingTime() throws Exception {
        String project = steps().toScheduling(nextNumber());
        Task scheduling = task(project, StandardLifecycleProcess.SCHEDULE_HEARING);
        mvc.perform(post("/work/tasks/{id}/claim", scheduling.getId()).param("back", "task").with(as("somsri")).with(csrf()))
                .andExpect(redirectedUrl("/work/tasks/" + scheduling.getId()));

        String page = mvc.perform(get("/work/tasks/{id}", scheduling.getId()).with(as("somsri"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("กำหนดการรับฟังความคิดเห็น").contains(registry.get(project).titleTh()).contains("รหัสโครงการ " + project)
                .contains("วัน/เดือน/ปี พ.ศ.").contains("name=\"meetingStart.time\"").doesNotContain("{{");

        mvc.perform(post("/work/tasks/{id}", scheduling.getId()).with(as("somsri")).with(csrf())
                        .param("commentPeriodStart", "1/12/2569").param("commentPeriodEnd", "31 ธ.ค. 2569")
                        .param("meetingStart.date", "10 ธันวาคม 2569").param("meetingStart.time", "13:30")
                        .param("meetingEnd.date", "10/12/69").param("meetingEnd.time", "15.30 น.")
                        .param("meetingLink", "https://teams.example.org/hearing").param("registrationLink", "https://forms.example.org/r")
                        .param("hearingBackground", "ความเป็นมา"))
                .andExpect(redirectedUrl("/work")).andExpect(flash().attribute("notice", "work.done"));

        Hearing hearing = hearings.latest(project).orElseThrow();
        assertThat(hearing.window().commentPeriodStart()).hasToString("2026-12-01");
        assertThat(hearing.window().commentPeriodEnd()).hasToString("2026-12-31");
        assertThat(hearing.window().meetingStart()).isEqualTo(OffsetDateTime.of(2026, 12, 10, 13, 30, 0, 0, ZoneOffset.ofHours(7)).toInstant());
        assertThat(hearing.window().meetingEnd()).isEqualTo(OffsetDateTime.of(2026, 12, 10, 15, 30, 0, 0, ZoneOffset.ofHours(7)).toInstant());
    }

    @Test
    void aCommonEraYearIsRefusedSayingWhatWasTypedAndNothingIsStored() throws Exception {
        String project = steps().toScheduling(nextNumber());
        Task scheduling = task(project, StandardLifecycleProcess.SCHEDULE_HEARING);
        taskService.claim(scheduling.getId(), "somsri");

        String page = mvc.perform(post("/work/tasks/{id}", scheduling.getId()).with(as("somsri")).with(csrf())
                        .param("commentPeriodStart", "12/10/2026").param("commentPeriodEnd", "31/12/2569")
                        .param("meetingStart.date", "10/12/2569").param("meetingStart.time", "13:30")
                        .param("meetingEnd.date", "10/12/2569").param("meetingEnd.time", "")
                        .param("meetingLink", "https://teams.example.org/hearing").param("registrationLink", ""))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("ยังบันทึกไม่ได้").contains("«วันเริ่มรับฟังความคิดเห็น»: กรอก «12/10/2026» ซึ่งปี 2026 เป็นปีคริสต์ศักราช")
                .contains("ให้กรอกปี 2569").contains("ต้องกรอก «ลิงก์ลงทะเบียนเข้าร่วม»").contains("ต้องกรอกเวลาของ «วันที่สิ้นสุดงานประชุม»").contains("value=\"12/10/2026\"")
                .contains("value=\"https://teams.example.org/hearing\"").doesNotContain(scheduling.getId() + ":");
        assertThat(hearings.latest(project)).isEmpty();
        assertThat(taskService.createTaskQuery().taskId(scheduling.getId()).singleResult()).isNotNull();
    }

    @Test
    void theStepsOwnRulesComeBackOnThePage() throws Exception {
        String project = steps().register(StandardKind.MSPR, nextNumber(), null);
        steps().draft(project, "1.0");
        Task vote = steps().voteOf(project, "malee");

        String page = mvc.perform(get("/work/tasks/{id}", vote.getId()).with(as("malee"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("ลงมติ: คณะทำงานเทคนิค").contains("type=\"radio\"").contains("เห็นชอบ").contains("งดออกเสียง")
                .doesNotContain("คืนงาน").doesNotContain("มอบงานนี้ให้");

        String refused = mvc.perform(post("/work/tasks/{id}", vote.getId()).with(as("malee")).with(csrf()).param("decision", "REJECT"))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("เมื่อไม่เห็นชอบต้องระบุเหตุผล");

        mvc.perform(post("/work/tasks/{id}", vote.getId()).with(as("malee")).with(csrf()).param("decision", "REJECT")
                        .param("reason", "ขอบเขตยังไม่ชัดเจน"))
                .andExpect(redirectedUrl("/work"));
        assertThat(tasks(project, CommitteeVoteProcess.CAST_VOTE)).noneMatch(t -> "malee".equals(t.getAssignee()));
    }

    @Test
    void aGroupsTaskIsHandedToAColleagueOfTheGroupOnly() throws Exception {
        String project = steps().register(StandardKind.MSPR, nextNumber(), null);
        Task drafting = task(project, StandardLifecycleProcess.PREPARE_DRAFT);
        taskService.claim(drafting.getId(), "anan");

        String page = mvc.perform(get("/work/tasks/{id}", drafting.getId()).with(as("anan"))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("มอบงานนี้ให้").contains("ปราณี แก้วมณี (pranee)").doesNotContain("(anan)</option>");

        mvc.perform(post("/work/tasks/{id}/hand", drafting.getId()).param("to", "malee").with(as("anan")).with(csrf()))
                .andExpect(redirectedUrl("/work/tasks/" + drafting.getId())).andExpect(flash().attribute("problem", containsString("malee")));
        assertThat(taskService.createTaskQuery().taskId(drafting.getId()).singleResult().getAssignee()).isEqualTo("anan");

        mvc.perform(post("/work/tasks/{id}/hand", drafting.getId()).param("to", "pranee").with(as("anan")).with(csrf()))
                .andExpect(redirectedUrl("/work")).andExpect(flash().attribute("notice", "work.handed"));
        assertThat(taskService.createTaskQuery().taskId(drafting.getId()).singleResult().getAssignee()).isEqualTo("pranee");
    }

    @Test
    void someoneElsesTaskIsNotShown() throws Exception {
        String project = steps().register(StandardKind.MSPR, nextNumber(), null);
        Task drafting = task(project, StandardLifecycleProcess.PREPARE_DRAFT);

        mvc.perform(get("/work/tasks/{id}", drafting.getId()).with(as("malee"))).andExpect(status().isForbidden());
        mvc.perform(get("/work/tasks/{id}", "no-such-task").with(as("malee"))).andExpect(status().isNotFound());
    }

    @Test
    void aDateInputSaysWhatItUnderstood() throws Exception {
        mvc.perform(get("/work/dates").param("kind", "date").param("text", "10 ธ.ค. 2569").with(as("somsri")))
                .andExpect(jsonPath("$.understood").value("วันพฤหัสบดีที่ 10 ธันวาคม 2569")).andExpect(jsonPath("$.iso").value("2026-12-10"));
        mvc.perform(get("/work/dates").param("kind", "date").param("text", "10/12/2026").param("label", "วันเริ่มรับฟัง").with(as("somsri")))
                .andExpect(jsonPath("$.problem").value(containsString("«วันเริ่มรับฟัง»: กรอก «10/12/2026»"))).andExpect(jsonPath("$.problem").value(containsString("2569")));
        mvc.perform(get("/work/dates").param("kind", "time").param("text", "13.30").with(as("somsri")))
                .andExpect(jsonPath("$.understood").value("13:30"));
    }

    @Test
    void theSecretariatRegistersAProjectWithTheLifecyclesStartForm() throws Exception {
        String page = mvc.perform(get("/work/projects/new").with(as("somsri"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<h3>ลงทะเบียนโครงการจัดทำมาตรฐาน</h3>").contains("ระบบจะกำหนดรหัสโครงการให้เอง").doesNotContain("###");
        mvc.perform(get("/work/projects/new").with(as("malee"))).andExpect(status().isForbidden());

        int number = nextNumber();
        String refused = mvc.perform(post("/work/projects/new").with(as("somsri")).with(csrf()).param("titleTh", "มาตรฐานทดสอบจากหน้างาน")
                        .param("titleEn", "").param("kind", "MSPR").param("standardNumber", String.valueOf(number)).param("part", "ห้า"))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("ต้องกรอก «ชื่อมาตรฐาน (ภาษาอังกฤษ)»").contains("«ส่วนที่» ต้องเป็นตัวเลข").contains("value=\"มาตรฐานทดสอบจากหน้างาน\"");

        mvc.perform(post("/work/projects/new").with(as("somsri")).with(csrf()).param("titleTh", "มาตรฐานทดสอบจากหน้างาน")
                        .param("titleEn", "A standard registered in the workspace").param("kind", "MSPR").param("standardNumber", String.valueOf(number))
                        .param("part", "").param("subjectGroup", "DIGITAL_PROCESS").param("workingGroup", "wg-process")
                        .param("technicalWorkingGroup", "twg-process").param("revisesCode", ""))
                .andExpect(redirectedUrl("/work")).andExpect(flash().attribute("notice", "work.registered"));
        assertThat(registry.findAll()).anyMatch(s -> s.titleTh().equals("มาตรฐานทดสอบจากหน้างาน") && s.number() == number);
    }

    @Test
    void theRevisionShowsEachCommentWithTheChangeItsAnswerNames() throws Exception {
        String project = steps().toScheduling(nextNumber());
        sendDraft(project, "1.0", new DraftDocx().heading(1, "1 ขอบข่าย").paragraph("มาตรฐานนี้ใช้กับหน่วยงานของรัฐ")
                .heading(1, "2 หลักเกณฑ์").paragraph("หน่วยงานของรัฐต้องจัดเก็บข้อมูลไว้อย่างน้อยหนึ่งปี").bytes());
        steps().scheduleHearing(project);
        Hearing hearing = steps().openHearing(project);
        Comment comment = comments.submit(hearing.id(), new NewComment("ร่าง", "2", CommentType.TECHNICAL, "ควรเก็บนานกว่าหนึ่งปี", null,
                "ผู้แสดงความคิดเห็น", null, "revision.page@example.go.th", "1.0"));
        steps().finishHearing(project, hearing);
        sendDraft(project, "2.0", new DraftDocx().heading(1, "1 ขอบข่าย").paragraph("มาตรฐานนี้ใช้กับหน่วยงานของรัฐ")
                .heading(1, "2 หลักเกณฑ์").paragraph("หน่วยงานของรัฐต้องจัดเก็บข้อมูลไว้อย่างน้อยสองปี").bytes());
        comments.respond(comment.id(), Disposition.ACCEPTED, "ขยายเป็นสองปี", List.of("2"));
        Task revising = task(project, StandardLifecycleProcess.REVISE_DRAFT);
        taskService.claim(revising.getId(), "anan");

        String page = mvc.perform(get("/work/tasks/{id}", revising.getId()).with(as("anan"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("ควรเก็บนานกว่าหนึ่งปี").contains("ขยายเป็นสองปี").contains("<del>หนึ่ง</del><ins>สอง</ins>");
    }

    private void sendDraft(String project, String version, byte[] file) throws Exception {
        mvc.perform(multipart("/api/standards/{id}/drafts", project)
                        .file(new MockMultipartFile("file", "ร่าง-" + version + ".docx",
                                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", file))
                        .param("version", version).with(as("anan")))
                .andExpect(status().isCreated());
    }
}
