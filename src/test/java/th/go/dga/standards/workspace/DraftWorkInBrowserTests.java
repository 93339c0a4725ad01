package th.go.dga.standards.workspace;

import java.nio.file.Files;
import java.nio.file.Path;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockMultipartFile;

import th.go.dga.standards.draft.DraftDocx;
import th.go.dga.standards.process.StandardLifecycleProcess;
import th.go.dga.standards.registry.StandardKind;
import th.go.dga.standards.support.ApiTestSupport;
import th.go.dga.standards.support.Browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The working group sends its draft as a Word file from the drafting step in a browser, and staff compare two
 * versions of it; every page passes axe, and its screenshot is kept in {@code target/surefire-reports/draft-work-screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.generate-unique-process-engine-name=false")
class DraftWorkInBrowserTests extends ApiTestSupport {

    private static Browser chromium;
    private static WebDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startTheBrowser() {
        chromium = Browser.start("th-TH", "Asia/Bangkok", "draft-work-screenshots");
        browser = chromium.driver();
    }

    @AfterAll
    static void stopTheBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void sendsTheDraftAtItsStepAndComparesItWithTheNextVersion() throws Exception {
        String project = steps().register(StandardKind.MSPR, nextNumber(), null);
        Task drafting = task(project, StandardLifecycleProcess.PREPARE_DRAFT);
        taskService.claim(drafting.getId(), "anan");
        Path file = Files.createTempFile("ร่าง-1.0-", ".docx");
        Files.write(file, new DraftDocx().heading(1, "1 ขอบข่าย").paragraph("มาตรฐานนี้ใช้กับหน่วยงานของรัฐ")
                .heading(1, "2 ข้อกำหนด").paragraph("2.1 หน่วยงานของรัฐต้องจัดเก็บข้อมูลไว้อย่างน้อยหนึ่งปี").bytes());

        chromium.logIn("http://localhost:" + port, "anan");
        browser.get("http://localhost:" + port + "/work/tasks/" + drafting.getId());
        browser.findElement(By.id("draft-file")).sendKeys(file.toString());
        browser.findElement(By.id("draft-version")).sendKeys("1.0");
        browser.findElement(By.cssSelector("section.draft-upload button[type=submit]")).click();
        new WebDriverWait(browser, java.time.Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("main"), "ได้รับร่างฉบับ 1.0 แล้ว อ่านได้ 3 ข้อ"));
        chromium.check("draft-received-at-its-step");
        chromium.screenshot(browser.findElement(By.cssSelector("section.draft-upload")), "the-draft-upload");
        assertThat(browser.findElement(By.name("draftDocumentRef")).getAttribute("value")).matches("/api/documents/\\d+/content");

        mvc.perform(multipart("/api/standards/{id}/drafts", project)
                        .file(new MockMultipartFile("file", "ร่าง-1.1.docx", "application/octet-stream",
                                new DraftDocx().heading(1, "1 ขอบข่าย").paragraph("มาตรฐานนี้ใช้กับหน่วยงานของรัฐ")
                                        .heading(1, "2 ข้อกำหนด").paragraph("2.1 หน่วยงานของรัฐต้องจัดเก็บข้อมูลไว้อย่างน้อยสองปี").bytes()))
                        .param("version", "1.1").with(as("anan")))
                .andExpect(status().isCreated());
        browser.get("http://localhost:" + port + "/work/standards/" + project + "/versions");
        chromium.check("versions-compared");
        chromium.screenshot(browser.findElement(By.cssSelector("main")), "the-versions-page");
        assertThat(browser.findElement(By.cssSelector(".comparison")).getText()).contains("เปลี่ยนแปลงจากร่างฉบับ 1.0 เป็นฉบับ 1.1");
        assertThat(browser.findElement(By.cssSelector(".comparison del")).getText()).isEqualTo("หนึ่ง");
        assertThat(browser.findElement(By.cssSelector(".comparison ins")).getText()).isEqualTo("สอง");
    }
}
