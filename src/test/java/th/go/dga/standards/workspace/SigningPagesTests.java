package th.go.dga.standards.workspace;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import th.go.dga.standards.process.GovernmentStandardEnactmentProcess;
import th.go.dga.standards.process.StandardLifecycleProcess;
import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.registry.StandardStatus;
import th.go.dga.standards.support.ApiTestSupport;
import th.go.dga.standards.support.PdfFiles;
import th.go.dga.standards.time.BuddhistEra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Awaiting my signature": the director's community standards and the chairman's government standards, each with the
 * announcement its signature issues, and nobody else's.
 */
class SigningPagesTests extends ApiTestSupport {

    private String page(String user) throws Exception {
        return mvc.perform(get("/work/signing").with(as(user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** The part of the page about one sign task. */
    private static String item(String page, Task task) {
        String start = "id=\"sign-" + task.getId() + "\"";
        assertThat(page).contains(start);
        String rest = page.substring(page.indexOf(start));
        return rest.substring(0, rest.indexOf("</article>"));
    }

    @Test
    void theDirectorSeesTheCommunityStandardWithTheAnnouncementItsSignatureIssues() throws Exception {
        int number = nextNumber();
        String project = steps().toDirectorSigning(number);
        Task signing = task(project, StandardLifecycleProcess.DIRECTOR_SIGNS);
        // the hearing has moved the clock into the next year: the code is of the year of signing, today
        String year = String.valueOf(BuddhistEra.yearOf(now()));

        String item = item(page("supachai"), signing);

        assertThat(item).contains("(ร่าง) มสพร. " + number).contains("มาตรฐานทดสอบวงจรชีวิต " + number)
                .containsPattern("เวอร์ชัน</dt>\\s*<dd>1.1</dd>")
                .containsPattern("รอลงนามตั้งแต่</dt>\\s*<dd><time[^>]*>\\d{1,2} [ก-๙]+ 25\\d\\d เวลา \\d\\d:\\d\\d น.</time>")
                .contains("ยังไม่มีผู้รับงาน (รอในกลุ่มของท่าน)")
                .contains("ประกาศสำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน) เรื่อง มาตรฐานทดสอบวงจรชีวิต " + number)
                .contains("อาศัยอำนาจตามมาตรา 8 แห่งพระราชกฤษฎีกาจัดตั้งสำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน)")
                .contains("(มสพร. " + number + " : " + year + ")")
                .containsPattern("รหัสมาตรฐานที่จะได้รับ</dt>\\s*<dd><span>มสพร. " + number + " : " + year + "</span>")
                .contains("ได้เลขที่เมื่อลงนาม: เลขถัดไปของปี พ.ศ. " + year)
                .contains("มีผลบังคับใช้ตั้งแต่วันที่ลงนามประกาศ")
                .contains("ผู้อำนวยการสำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน)")
                .contains("href=\"https://example.org/drafts/" + project + "-1.1.pdf\"")
                .contains("href=\"/work/tasks/" + signing.getId() + "\"")
                .contains("href=\"/work/standards/" + project + "/votes\"")
                .contains("href=\"/work/signing/" + signing.getId() + "/announcement.pdf\"");
    }

    @Test
    void theSignerReadsTheAnnouncementAsAPdfBeforeSigningAndNoOneElseDoes() throws Exception {
        String project = steps().toDirectorSigning(nextNumber());
        Task signing = task(project, StandardLifecycleProcess.DIRECTOR_SIGNS);

        byte[] pdf = mvc.perform(get("/work/signing/{id}/announcement.pdf", signing.getId()).with(as("supachai")))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(PdfFiles.text(pdf).replace("\n", "")).contains("เลขที่ ม …/").contains("(ศุภชัย ธนากร)").contains("ร่าง ยังไม่ได้ลงนาม");
        mvc.perform(get("/work/signing/{id}/announcement.pdf", signing.getId()).with(as("thawatchai"))).andExpect(status().isNotFound());
        mvc.perform(get("/work/signing/{id}/announcement.pdf", signing.getId()).with(as("somsri"))).andExpect(status().isForbidden());
    }

    @Test
    void theChairmanSeesTheGovernmentStandardsAndTheDirectorDoesNot() throws Exception {
        Standard government = steps().toChairSigning();
        Task chairSigns = task(government.id(), GovernmentStandardEnactmentProcess.CHAIR_SIGNS);
        String community = steps().toDirectorSigning(nextNumber());
        Task directorSigns = task(community, StandardLifecycleProcess.DIRECTOR_SIGNS);
        taskService.claim(chairSigns.getId(), "thawatchai");

        String chairman = page("thawatchai");
        String item = item(chairman, chairSigns);
        assertThat(item).contains("ประกาศคณะกรรมการพัฒนารัฐบาลดิจิทัล เรื่อง มาตรฐานรัฐบาลดิจิทัล ว่าด้วยร่างมาตรฐานทดสอบ")
                .contains("มรด. " + government.number() + "-1 : " + BuddhistEra.yearOf(now()))
                .contains("มีผลบังคับใช้เมื่อประกาศในราชกิจจานุเบกษา หรือในวันที่กำหนดไว้พร้อมการประกาศ")
                .contains("อาศัยอำนาจตามมาตรา 7 แห่งพระราชบัญญัติการบริหารงานและการให้บริการภาครัฐผ่านระบบดิจิทัล พ.ศ. 2562")
                .contains("ประธานกรรมการพัฒนารัฐบาลดิจิทัล")
                .contains("ท่านรับงานนี้แล้ว")
                .containsPattern("ประกาศคณะกรรมการพัฒนารัฐบาลดิจิทัล ที่</dt>\\s*<dd>ได้เลขที่เมื่อลงนาม");
        assertThat(chairman).doesNotContain("sign-" + directorSigns.getId());

        assertThat(page("supachai")).contains("sign-" + directorSigns.getId()).doesNotContain("sign-" + chairSigns.getId());
    }

    @Test
    void isRefusedToEveryoneElse() throws Exception {
        for (String user : new String[] {"somsri", "chaiwat", "prasert", "kanya"}) {
            mvc.perform(get("/work/signing").with(as(user))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/work/signing").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void readsInEnglishOnRequestWithTheAnnouncementInThai() throws Exception {
        String project = steps().toDirectorSigning(nextNumber());
        Task signing = task(project, StandardLifecycleProcess.DIRECTOR_SIGNS);

        String page = mvc.perform(get("/work/signing").param("lang", "en").with(as("supachai"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Awaiting my signature").contains("In force from the day the announcement is signed")
                .contains("Sign or send back")
                .doesNotContain("รอลงนามตั้งแต่").doesNotContain("มีผลบังคับใช้ตั้งแต่วันที่ลงนามประกาศ");
        assertThat(item(page, signing)).contains("<blockquote class=\"announcement\" lang=\"th\">")
                .contains("ประกาศสำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน) เรื่อง");
    }

    @Test
    void theDirectorSignsOnTheTaskPageWithTheirPasswordEnteredAgain() throws Exception {
        String project = steps().toDirectorSigning(nextNumber());
        Task signing = task(project, StandardLifecycleProcess.DIRECTOR_SIGNS);
        taskService.claim(signing.getId(), "supachai");

        String form = mvc.perform(get("/work/tasks/{id}", signing.getId()).with(as("supachai"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(form).contains("type=\"password\" id=\"password\" name=\"password\" autocomplete=\"current-password\"")
                .contains("รหัสผ่านของท่าน เพื่อยืนยันการลงนาม");

        String without = mvc.perform(post("/work/tasks/{id}", signing.getId()).with(as("supachai")).with(csrf()).param("signDecision", "SIGN"))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        assertThat(without).contains("การลงนามต้องยืนยันด้วยรหัสผ่านของท่านอีกครั้ง").contains("aria-invalid=\"true\"");
        String wrong = mvc.perform(post("/work/tasks/{id}", signing.getId()).with(as("supachai")).with(csrf()).param("signDecision", "SIGN")
                .param("password", "not-mine")).andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        assertThat(wrong).contains("รหัสผ่านไม่ถูกต้อง งานยังไม่ได้บันทึก");
        assertThat(registry.get(project).status()).isEqualTo(StandardStatus.AWAITING_SIGNATURE);

        mvc.perform(post("/work/tasks/{id}", signing.getId()).with(as("supachai")).with(csrf()).param("signDecision", "SIGN")
                .param("password", DEMO_PASSWORD)).andExpect(status().is3xxRedirection());
        runDueJobs();

        assertThat(registry.get(project).status()).isEqualTo(StandardStatus.PUBLISHED);
        assertThat(registry.timeline(project)).last().satisfies(change -> assertThat(change.changedBy()).isEqualTo("supachai"));
    }
}
