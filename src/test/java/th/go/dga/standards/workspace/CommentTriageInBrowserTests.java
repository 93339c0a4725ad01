package th.go.dga.standards.workspace;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockMultipartFile;

import th.go.dga.standards.draft.DraftDocx;
import th.go.dga.standards.hearing.Comment;
import th.go.dga.standards.hearing.CommentService;
import th.go.dga.standards.hearing.CommentType;
import th.go.dga.standards.hearing.Disposition;
import th.go.dga.standards.hearing.Hearing;
import th.go.dga.standards.hearing.NewComment;
import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.registry.StandardKind;
import th.go.dga.standards.support.ApiTestSupport;
import th.go.dga.standards.support.Browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The working group answers a hearing's comments one by one in a browser: a refused answer says why next to the
 * field and keeps what was typed, a recorded one says so and comes back to the comment; every state passes axe.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.generate-unique-process-engine-name=false")
class CommentTriageInBrowserTests extends ApiTestSupport {

    private static Browser chromium;
    private static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired CommentService comments;

    @BeforeAll
    static void startTheBrowser() {
        chromium = Browser.start("th-TH", "Asia/Bangkok", "comment-triage-screenshots");
        browser = chromium.driver();
    }

    @AfterAll
    static void stopTheBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void theWorkingGroupAnswersACommentFromItsPage() throws Exception {
        Standard project = registeredProject(StandardKind.MSPR);
        mvc.perform(multipart("/api/standards/{id}/drafts", project.id())
                        .file(new MockMultipartFile("file", "ร่าง-1.0.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                new DraftDocx().title("(ร่าง) มาตรฐานว่าด้วยการจัดระดับบริการดิจิทัลภาครัฐ")
                                        .heading(1, "1 ขอบข่าย").paragraph("มาตรฐานนี้ใช้กับหน่วยงานของรัฐที่ให้บริการดิจิทัลแก่ประชาชน")
                                        .heading(1, "2 บทนิยาม")
                                        .heading(2, "2.1 บริการดิจิทัล").paragraph("บริการที่ประชาชนยื่นคำขอและรับผลผ่านช่องทางดิจิทัล")
                                        .bytes()))
                        .param("version", "1.0").with(as("anan")))
                .andExpect(status().isCreated());
        Hearing hearing = hearings.open(scheduledHearing(project.id()).id());
        Comment first = comments.submit(hearing.id(), new NewComment("(ร่าง)", "2.1", CommentType.TECHNICAL,
                "นิยามบริการดิจิทัลควรรวมบริการที่ยื่นคำขอทางโทรศัพท์แล้วรับผลทางอีเมลด้วย\nเพราะหลายหน่วยงานให้บริการแบบนี้อยู่แล้ว",
                "บริการที่ประชาชนยื่นคำขอหรือรับผลผ่านช่องทางดิจิทัล", "สมหญิง ตัวอย่าง", "กรมการปกครอง", "somying@example.go.th",
                comments.privacyNoticeVersion()));
        comments.submit(hearing.id(), new NewComment("(ร่าง)", null, CommentType.EDITORIAL, "ควรใช้คำว่า «หน่วยงานของรัฐ» ให้เหมือนกันทั้งฉบับ",
                null, "วิชัย ทดสอบ", null, "wichai@example.org", comments.privacyNoticeVersion()));

        browser.get(url("/"));
        browser.manage().deleteAllCookies();
        chromium.logIn(url(""), "anan");
        browser.get(url("/work/hearings/" + hearing.id() + "/comments"));
        assertThat(body()).contains("พิจารณาข้อคิดเห็นทีละรายการ").contains(project.displayCode()).contains("ข้อ 2.1 บริการดิจิทัล")
                .contains("ยังไม่ได้พิจารณา (2)");
        chromium.check("comments");
        wholePage("comments-page");

        String article = "c-" + first.id();
        browser.findElement(By.xpath("//article[@id='" + article + "']//label[normalize-space()='รับบางส่วน']")).click();
        submit(article);
        assertThat(browser.findElement(By.id("error-summary")).getText()).contains("ต้องกรอก «คำชี้แจง»");
        assertThat(browser.findElement(By.id("f-c" + first.id() + "-response-error")).getText()).isEqualTo("ต้องกรอก «คำชี้แจง»");
        assertThat(browser.findElement(By.id("f-c" + first.id() + "-disposition-1")).isSelected()).isTrue();
        chromium.check("comments-refused");
        wholePage("comments-refused-page");

        browser.findElement(By.id("f-c" + first.id() + "-response")).sendKeys("ปรับนิยามให้ครอบคลุมการยื่นคำขอหรือรับผลผ่านช่องทางดิจิทัลช่องทางใดช่องทางหนึ่ง");
        submit(article);
        // said beside the comment, where the page comes back to
        assertThat(browser.findElement(By.cssSelector("#" + article + " [role=status]")).getText())
                .isEqualTo("บันทึกผลการพิจารณา " + first.referenceNo() + " แล้ว");
        assertThat(browser.getCurrentUrl()).endsWith("/work/hearings/" + hearing.id() + "/comments#" + article);
        assertThat(comments.get(first.id()).disposition()).isEqualTo(Disposition.PARTLY_ACCEPTED);
        chromium.check("comments-answered");
        wholePage("comments-answered-page");
    }

    /** A screenshot of the whole length of the page, for a person to read it as it is laid out. */
    private void wholePage(String name) {
        Dimension window = browser.manage().window().getSize();
        long height = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(window.getWidth(), (int) height + 200));
        chromium.screenshot(name);
        browser.manage().window().setSize(window);
    }

    /** Sends a comment's form and waits for the page that answers it. */
    private void submit(String article) {
        WebElement send = browser.findElement(By.xpath("//article[@id='" + article + "']//button[normalize-space()='บันทึกผลการพิจารณา']"));
        send.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(send));
    }

    private String body() {
        return browser.findElement(By.tagName("body")).getText();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
