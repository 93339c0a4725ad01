package th.go.dga.standards.workspace;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import th.go.dga.standards.database.DatabaseProduct;
import th.go.dga.standards.registry.ProjectPipeline;
import th.go.dga.standards.registry.StandardKind;
import th.go.dga.standards.registry.StandardStatus;
import th.go.dga.standards.support.ApiTestSupport;
import th.go.dga.standards.support.SqlStatements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The secretariat's overview of the projects: grouped by status, each with its days in the status, its open and
 * overdue tasks and who holds them; paged; the same few statements for any page size; for the secretariat only.
 */
@Import(SqlStatements.Counting.class)
class PipelinePagesTests extends ApiTestSupport {

    @Autowired MessageSource messages;
    @Autowired DataSource dataSource;

    @Test
    void isForTheSecretariatAndTheAdministratorsOnly() throws Exception {
        mvc.perform(get("/work/pipeline").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/work/pipeline").with(as("anan"))).andExpect(status().isForbidden())
                .andExpect(content().string(containsString("หน้านี้สำหรับฝ่ายมาตรฐานดิจิทัลภาครัฐ (ฝ่ายเลขานุการ) และผู้ดูแลระบบ")));
        mvc.perform(get("/work/pipeline").with(as("supachai"))).andExpect(status().isForbidden());
        mvc.perform(get("/work/pipeline").with(as("somsri"))).andExpect(status().isOk());
        mvc.perform(get("/work/pipeline").with(as("admin"))).andExpect(status().isOk());
    }

    @Test
    void groupsTheProjectsByStatusWithTheirDaysInItAndWhoHoldsTheirWork() throws Exception {
        String drafting = steps().register(StandardKind.MSPR, nextNumber(), null);
        moveClockTo(START.plus(Duration.ofDays(5)));
        String voting = steps().register(StandardKind.MSPR, nextNumber(), null);
        steps().draft(voting, "1.0");
        moveClockTo(START.plus(Duration.ofDays(9)));

        String page = page("/work/pipeline?sort=recent&size=100");

        assertThat(page).contains("<h3 id=\"group-DRAFTING\">").contains("<h3 id=\"group-TWG_REVIEW\">")
                .contains("คณะทำงานเทคนิคพิจารณา");
        assertThat(page.indexOf("group-DRAFTING")).as("stages in the order a project passes them").isLessThan(page.indexOf("group-TWG_REVIEW"));
        assertThat(row(page, drafting)).contains(registry.get(drafting).displayCode()).contains(registry.get(drafting).titleTh())
                .contains("9 วัน").contains("ตั้งแต่ 26 พฤศจิกายน 2569")
                .contains("จัดทำร่างมาตรฐาน").contains("รอผู้รับงานจากคณะทำงานด้านมาตรฐานกระบวนการและการดำเนินงานทางดิจิทัลภาครัฐ")
                .contains("<td class=\"number\">1</td>");
        assertThat(row(page, voting)).contains("4 วัน").contains("ตั้งแต่ 1 ธันวาคม 2569")
                .contains("ชัยวัฒน์ ทองดี").contains("มาลี สุขใจ").contains("สุดา พรหมมา")
                .contains("ลงมติ (คณะทำงานเทคนิค)").contains("<td class=\"number\">3</td>")
                .contains("ภายในวันอังคารที่ 15 ธันวาคม 2569").doesNotContain("เกินกำหนด 1");
    }

    @Test
    void marksTheOverdueWork() throws Exception {
        String voting = steps().register(StandardKind.MSPR, nextNumber(), null);
        steps().draft(voting, "1.0");
        // the vote was due after 14 days; nobody has voted, and the ballot's timer has not run
        moveClockTo(START.plus(Duration.ofDays(16)));

        String row = row(page("/work/pipeline?status=TWG_REVIEW&sort=recent&size=100"), voting);

        assertThat(row).contains("has-overdue").contains("aria-label=\"งานเกินกำหนด 3 งาน\"").contains("เกินกำหนด 2 วัน");
    }

    @Test
    void showsAPageAtATimeFilteredByStatus() throws Exception {
        moveClockTo(START.plus(Duration.ofDays(400)));
        List<String> projects = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            projects.add(steps().register(StandardKind.MRD, nextNumber(), null));
        }
        long drafting = registry.findByStatus(StandardStatus.DRAFTING).size();

        String first = page("/work/pipeline?status=DRAFTING&sort=recent&size=10");
        String second = page("/work/pipeline?status=DRAFTING&sort=recent&size=10&page=2");

        assertThat(first).contains("โครงการที่ 1–10 จากทั้งหมด " + drafting + " โครงการ").contains("หน้า 1 จาก " + (drafting + 9) / 10)
                .contains("page=2").doesNotContain("group-TWG_REVIEW");
        assertThat(rows(first)).isEqualTo(10);
        // the latest to enter the status first: the last ten registered, then the two before them
        projects.subList(2, 12).forEach(id -> assertThat(first).contains(id));
        projects.subList(0, 2).forEach(id -> assertThat(first).doesNotContain(id));
        projects.subList(0, 2).forEach(id -> assertThat(second).contains(id));
        assertThat(second).contains("โครงการที่ 11–").contains("rel=\"prev\"");
    }

    @Test
    void readsAPageInTheSameFewStatementsWhateverItsSize() throws Exception {
        moveClockTo(START.plus(Duration.ofDays(50)));
        for (int i = 0; i < 6; i++) {
            String id = steps().register(StandardKind.MSPR, nextNumber(), null);
            if (i % 2 == 0) {
                steps().draft(id, "1.0");
            }
        }
        while (registry.findAll().stream().filter(s -> ProjectPipeline.IN_PROGRESS.contains(s.status())).count() < 30) {
            steps().register(StandardKind.MRD, nextNumber(), null);
        }
        page("/work/pipeline");

        int small = SqlStatements.countedWhile(() -> page("/work/pipeline?size=10"));
        int large = SqlStatements.countedWhile(() -> page("/work/pipeline?size=50"));
        int tasksOnly = SqlStatements.countedWhile(() -> page("/work/pipeline?size=100&status=TWG_REVIEW"));

        assertThat(rows(page("/work/pipeline?size=50"))).isGreaterThanOrEqualTo(30);
        assertThat(large).as("statements for 50 projects and their tasks").isEqualTo(small);
        assertThat(tasksOnly).isEqualTo(small);
        // two for the login (the password, the groups), seven for the page: the counts, the page, the tasks, their process
        // instances, their candidate groups, the groups' names and the people's names; on PostgreSQL the login's
        // per-address limit is a bucket shared by the nodes in the database, read and written once each
        assertThat(small).isLessThanOrEqualTo(DatabaseProduct.isPostgreSQL(dataSource) ? 11 : 9);
    }

    @Test
    void showsTheStagesAsAChartWithItsNumbersAlsoAsText() throws Exception {
        steps().register(StandardKind.MSPR, nextNumber(), null);
        long drafting = registry.findByStatus(StandardStatus.DRAFTING).size();
        long published = registry.findByStatus(StandardStatus.PUBLISHED).size();

        String page = page("/work/pipeline");

        assertThat(page).contains("<svg role=\"img\" aria-labelledby=\"stage-chart-title stage-chart-desc\"")
                .contains("<title id=\"stage-chart-title\">แผนภูมิแท่งจำนวนโครงการที่กำลังดำเนินการในแต่ละขั้น</title>")
                .containsPattern("<desc id=\"stage-chart-desc\">จัดทำร่าง " + drafting + " โครงการ; คณะทำงานเทคนิคพิจารณา \\d+ โครงการ;")
                .containsPattern("status=DRAFTING[^>]*>จัดทำร่าง</a>\\s*</th>\\s*<td class=\"number\">" + drafting + "</td>")
                .contains("โครงการที่สิ้นสุดแล้ว")
                .containsPattern("<th scope=\"row\">ประกาศใช้แล้ว</th>\\s*<td class=\"number\">" + published + "</td>");
        assertThat(published).as("the demo's published standards").isPositive();
    }

    @Test
    void refusesWhatItCannotShowInWordsAPersonReads() throws Exception {
        for (String query : List.of("status=PUBLISHED", "status=%3Cscript%3E", "size=7", "size=many", "page=0", "sort=price")) {
            mvc.perform(get("/work/pipeline?" + query).with(as("somsri"))).andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("เปิดหน้านี้ไม่ได้")))
                    .andExpect(content().string(not(containsString("<script>"))))
                    .andExpect(content().string(not(containsString("Exception"))));
        }
        mvc.perform(get("/work/pipeline?size=7").with(as("somsri")))
                .andExpect(content().string(containsString("แสดงหน้าละ «7» โครงการไม่ได้ เลือกได้หน้าละ 10, 20, 50 หรือ 100 โครงการ")));
        mvc.perform(get("/work/pipeline?page=9999").with(as("somsri"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("ไม่มีโครงการในหน้านี้")));
    }

    @Test
    void readsInEnglishOnRequest() throws Exception {
        mvc.perform(get("/work/pipeline").param("lang", "en").with(as("somsri")))
                .andExpect(content().string(containsString("Projects per stage")))
                .andExpect(content().string(containsString("Drafting")))
                .andExpect(content().string(not(containsString("ภาพรวมโครงการ"))));
    }

    @Test
    void everyStatusIsEitherInProgressOrEnded() {
        assertThat(Stream.concat(ProjectPipeline.IN_PROGRESS.stream(), ProjectPipeline.ENDED.stream()))
                .containsExactlyInAnyOrder(StandardStatus.values());
    }

    @Test
    void namesEachStatusAsTheRegistryDoes() {
        for (StandardStatus status : StandardStatus.values()) {
            assertThat(messages.getMessage("pipeline.status." + status, null, Locale.forLanguageTag("th"))).isEqualTo(status.labelTh());
            assertThat(messages.getMessage("pipeline.status." + status, null, Locale.ENGLISH)).isNotEqualTo(status.labelTh());
        }
    }

    private String page(String uri) throws Exception {
        ResultActions result = mvc.perform(get(uri).with(as("somsri"))).andExpect(status().isOk());
        return result.andReturn().getResponse().getContentAsString();
    }

    /** The table row of a project. */
    static String row(String page, String projectId) {
        int at = page.indexOf(">" + projectId + "<");
        assertThat(at).as("row of %s", projectId).isPositive();
        return page.substring(page.lastIndexOf("<tr", at), page.indexOf("</tr>", at));
    }

    static int rows(String page) {
        return page.split("class=\"muted project-id\"", -1).length - 1;
    }
}
