package th.go.dga.standards.site;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockMultipartFile;

import th.go.dga.standards.draft.DraftDocx;
import th.go.dga.standards.hearing.CommentService;
import th.go.dga.standards.hearing.Hearing;
import th.go.dga.standards.hearing.HearingWindow;
import th.go.dga.standards.registry.StandardKind;
import th.go.dga.standards.support.ApiTestSupport;
import th.go.dga.standards.support.Browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The draft under hearing read in a real browser, clause by clause, and a comment sent on one clause from the clause
 * itself. Screenshots go with the test reports in {@code target/surefire-reports/draft-screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.generate-unique-process-engine-name=false")
class HearingDraftInBrowserTests extends ApiTestSupport {

    private static Browser chromium;
    private static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired CommentService comments;

    @BeforeAll
    static void startTheBrowser() {
        chromium = Browser.start("th-TH", null, "draft-screenshots");
        browser = chromium.driver();
    }

    @AfterAll
    static void stopTheBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void readsTheDraftClauseByClauseAndCommentsOnOneFromTheClauseItself() throws Exception {
        String standardId = registeredProject(StandardKind.MSPR).id();
        byte[] draft = new DraftDocx()
                .title("(ร่าง) มาตรฐานสำนักงานพัฒนารัฐบาลดิจิทัล ว่าด้วยการจัดระดับบริการดิจิทัลภาครัฐ")
                .paragraph("มาตรฐานนี้จัดทำขึ้นเพื่อให้หน่วยงานของรัฐประเมินระดับบริการด้วยหลักเกณฑ์เดียวกัน")
                .heading(1, "1 ขอบข่าย")
                .paragraph("มาตรฐานนี้ใช้กับหน่วยงานของรัฐที่ให้บริการดิจิทัลแก่ประชาชน")
                .heading(1, "2 หลักเกณฑ์การจัดระดับบริการ")
                .heading(2, "2.1 ระดับบริการ")
                .paragraph("หน่วยงานของรัฐต้องจัดระดับบริการตามตารางต่อไปนี้")
                .table(List.of(List.of("ระดับ", "ความหมาย"), List.of("1", "ให้ข้อมูล"),
                        List.of("2", "ยื่นคำขอทางดิจิทัล")))
                .paragraph("2.2 หน่วยงานของรัฐต้องจัดเก็บข้อมูลการให้บริการไว้อย่างน้อยหนึ่งปี")
                .bytes();
        mvc.perform(multipart("/api/standards/{id}/drafts", standardId)
                        .file(new MockMultipartFile("file", "ร่าง-1.0.docx", "application/octet-stream", draft))
                        .param("version", "1.0").with(as("anan")))
                .andExpect(status().isCreated());
        Hearing hearing = hearings.open(hearings.schedule(standardId, new HearingWindow(LocalDate.of(2026, 11, 26), LocalDate.of(2026, 12, 31),
                        OffsetDateTime.parse("2026-12-10T13:30+07:00").toInstant(), OffsetDateTime.parse("2026-12-10T15:30+07:00").toInstant()),
                "https://teams.example.org/hearing", "https://forms.example.org/register", null).id());

        browser.get("http://localhost:" + port + "/hearings/" + hearing.id());
        chromium.check("hearing-with-draft");
        chromium.screenshot(browser.findElement(By.cssSelector("section.draft")), "the-draft-under-hearing");
        assertThat(browser.findElement(By.id("draft-title")).getText()).isEqualTo("ร่างที่รับฟังความคิดเห็น ฉบับ 1.0");
        assertThat(browser.findElement(By.id("ข้อ-2.1")).getText()).contains("ข้อ 2.1 ระดับบริการ").contains("ยื่นคำขอทางดิจิทัล");
        // the Word file is among the hearing's documents, though it was sent to the standard
        assertThat(browser.findElement(By.id("documents-title")).findElement(By.xpath("..")).getText()).contains("ร่าง-1.0.docx");

        browser.findElement(By.cssSelector("a[aria-label='แสดงความคิดเห็นต่อข้อ 2.2']")).click();
        chromium.check("comment-on-a-clause");
        chromium.screenshot(browser.findElement(By.cssSelector("main form")), "comment-form-with-the-clause-chosen");
        Select clause = new Select(browser.findElement(By.id("clause")));
        assertThat(clause.getFirstSelectedOption().getText()).isEqualTo("ข้อ 2.2 หน่วยงานของรัฐต้องจัดเก็บข้อมูลการให้บริการไว้…");
        assertThat(clause.getOptions()).extracting(o -> o.getText()).containsExactly("ทั้งฉบับ", "ข้อ 1 ขอบข่าย",
                "ข้อ 2 หลักเกณฑ์การจัดระดับบริการ", "ข้อ 2.1 ระดับบริการ", "ข้อ 2.2 หน่วยงานของรัฐต้องจัดเก็บข้อมูลการให้บริการไว้…");

        browser.findElement(By.cssSelector("label[for=type-TECHNICAL]")).click();
        browser.findElement(By.id("comment")).sendKeys("ควรกำหนดระยะเวลาจัดเก็บอย่างน้อยสองปี");
        browser.findElement(By.id("name")).sendKeys("สมหญิง ทดสอบ");
        browser.findElement(By.id("email")).sendKeys("somying.draft@example.go.th");
        browser.findElement(By.id("consent")).click();
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        chromium.check("comment-on-a-clause-received");
        assertThat(comments.forHearing(hearing.id())).singleElement().satisfies(c -> assertThat(c.clause()).isEqualTo("2.2"));
    }
}
