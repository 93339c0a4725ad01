package th.go.dga.standards.workspace;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import th.go.dga.standards.process.StandardLifecycleProcess;
import th.go.dga.standards.registry.StandardKind;
import th.go.dga.standards.support.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** "My work": each line names the standard and the due date in Buddhist-era words; claiming and handing back work. */
class MyWorkPagesTests extends ApiTestSupport {

    @Test
    void isForStaffWhoHaveLoggedIn() throws Exception {
        mvc.perform(get("/work").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void aMembersVoteNamesTheStandardTheBodyAndTheDeadlineInBuddhistEraWords() throws Exception {
        String project = steps().register(StandardKind.MSPR, nextNumber(), null);
        steps().draft(project, "1.0");
        String code = registry.get(project).displayCode();

        String page = mvc.perform(get("/work").with(as("malee"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("งานของฉัน").contains("ลงมติ (คณะทำงานเทคนิค): " + code).contains(registry.get(project).titleTh())
                .containsPattern("ภายในวัน[^<]*ที่ \\d{1,2} [ก-๙]+ 25\\d\\d").contains("· อีก 14 วัน")
                .doesNotContain("คืนงาน");
    }

    @Test
    void aGroupsTaskIsClaimedAndHandedBackFromThePage() throws Exception {
        String project = steps().register(StandardKind.MSPR, nextNumber(), null);
        Task drafting = task(project, StandardLifecycleProcess.PREPARE_DRAFT);

        mvc.perform(get("/work").with(as("pranee")))
                .andExpect(content().string(containsString("งานของกลุ่มที่ยังไม่มีผู้รับ")))
                .andExpect(content().string(containsString(registry.get(project).displayCode())));

        mvc.perform(post("/work/tasks/{id}/claim", drafting.getId()).with(as("pranee")).with(csrf()))
                .andExpect(redirectedUrl("/work")).andExpect(flash().attribute("notice", "work.claimed"));
        assertThat(taskService.createTaskQuery().taskId(drafting.getId()).singleResult().getAssignee()).isEqualTo("pranee");

        mvc.perform(post("/work/tasks/{id}/claim", drafting.getId()).with(as("anan")).with(csrf()))
                .andExpect(redirectedUrl("/work")).andExpect(flash().attribute("problem", containsString("pranee")));

        mvc.perform(post("/work/tasks/{id}/unclaim", drafting.getId()).with(as("pranee")).with(csrf()))
                .andExpect(redirectedUrl("/work")).andExpect(flash().attribute("notice", "work.unclaimed"));
        assertThat(taskService.createTaskQuery().taskId(drafting.getId()).singleResult().getAssignee()).isNull();
    }

    @Test
    void readsInEnglishOnRequest() throws Exception {
        mvc.perform(get("/work").param("lang", "en").with(as("somsri")))
                .andExpect(content().string(containsString("My work")))
                .andExpect(content().string(not(containsString("งานของฉัน"))));
    }

    @Test
    void aLongListIsReadAPageAtATime() throws Exception {
        for (int i = 0; i < MyWorkPages.PAGE_SIZE + 1; i++) {
            steps().register(StandardKind.MSPR, nextNumber(), null);
        }
        long waiting = taskService.createTaskQuery().taskCandidateGroup("wg-process").count();
        long pages = (waiting + MyWorkPages.PAGE_SIZE - 1) / MyWorkPages.PAGE_SIZE;

        String first = mvc.perform(get("/work").with(as("pranee"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(first).contains("ทั้งหมด " + waiting + " งาน").contains("หน้า 1 จาก " + pages).contains("groups=2")
                .doesNotContain("rel=\"prev\"");
        String groupsList = first.substring(first.indexOf("id=\"groups-title\""));
        groupsList = groupsList.substring(0, groupsList.indexOf("</section>"));
        assertThat(groupsList.split("<tr", -1).length - 1).as("the heading row and a page of tasks").isEqualTo(MyWorkPages.PAGE_SIZE + 1);

        String last = mvc.perform(get("/work").param("groups", String.valueOf(pages)).with(as("pranee"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(last).contains("หน้า " + pages + " จาก " + pages).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");

        mvc.perform(get("/work").param("groups", "สอง").with(as("pranee"))).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("ไม่มีหน้า «สอง»")));
    }
}
