package th.go.dga.standards.workspace;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import th.go.dga.standards.hearing.CommentService;
import th.go.dga.standards.hearing.CommentType;
import th.go.dga.standards.hearing.Hearing;
import th.go.dga.standards.hearing.NewComment;
import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.registry.StandardStatus;
import th.go.dga.standards.support.ApiTestSupport;
import th.go.dga.standards.support.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A community standard taken from registration to publication through the workspace only, each step by the demo user
 * who holds it, in a browser set to English and to New York time: every date is entered and shown in the Buddhist
 * era, the meeting stays at 13:30 Bangkok time, and every workspace page passes axe.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.generate-unique-process-engine-name=false")
class WorkspaceInBrowserTests extends ApiTestSupport {

    private static Browser chromium;
    private static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired CommentService comments;

    @BeforeAll
    static void startTheBrowser() {
        chromium = Browser.start("en-US", "America/New_York", "workspace-screenshots");
        browser = chromium.driver();
    }

    @AfterAll
    static void stopTheBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aCommunityStandardGoesFromRegistrationToPublicationThroughTheWorkspace() {
        browser.get(url("/"));
        assertThat(((JavascriptExecutor) browser).executeScript("return Intl.DateTimeFormat().resolvedOptions().timeZone")).isEqualTo("America/New_York");
        assertThat((String) ((JavascriptExecutor) browser).executeScript("return navigator.language")).startsWith("en");
        int number = nextNumber();
        String title = "มาตรฐานทดสอบผ่านหน้างาน " + number;

        logInAs("somsri");
        browser.findElement(By.linkText("ลงทะเบียนโครงการ")).click();
        type("f-titleTh", title);
        type("f-titleEn", "Workspace end-to-end standard " + number);
        choose("มาตรฐานสำนักงานพัฒนารัฐบาลดิจิทัล (มสพร.) — ผู้อำนวยการลงนาม");
        type("f-standardNumber", String.valueOf(number));
        select("f-subjectGroup", "DIGITAL_PROCESS");
        select("f-workingGroup", "wg-process");
        select("f-technicalWorkingGroup", "twg-process");
        chromium.check("register");
        submit("ลงทะเบียนโครงการ");
        assertThat(notice()).contains("ลงทะเบียนโครงการ").contains(title);
        Standard standard = registry.findAll().stream().filter(s -> s.titleTh().equals(title)).findFirst().orElseThrow();
        String code = standard.displayCode();

        doTask("anan", "จัดทำร่างมาตรฐาน", code, () -> {
            type("f-draftVersionLabel", "1.0");
            type("f-draftDocumentRef", "https://example.org/drafts/" + number + ".pdf");
        });
        for (String member : new String[] {"chaiwat", "malee"}) {
            doTask(member, "ลงมติ (คณะทำงานเทคนิค", code, () -> choose("เห็นชอบ"));
        }
        for (String member : new String[] {"prasert", "wanida", "somchai", "ratana"}) {
            doTask(member, "ลงมติ (คณะกรรมการจัดทำร่างมาตรฐาน", code, () -> choose("เห็นชอบ"));
        }

        logInAs("somsri");
        browser.get(url("/work/standards/" + standard.id() + "/votes"));
        assertThat(body()).contains("มาลี สุขใจ").contains("มติเห็นชอบ").contains("ครบองค์ประชุม");
        chromium.check("votes");

        doTask("somsri", "กำหนดการรับฟังความคิดเห็น", code, () -> {
            type("f-commentPeriodStart", "1/12/2026");
            WebElement understood = browser.findElement(By.id("f-commentPeriodStart-understood"));
            new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> understood.getText().contains("2569"));
            assertThat(understood.getText()).contains("ปีคริสต์ศักราช").contains("2569");
            chromium.check("schedule-common-era-year");
            type("f-commentPeriodStart", "1/12/2569");
            new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> understood.getText().contains("วันอังคารที่ 1 ธันวาคม 2569"));
            type("f-commentPeriodEnd", "31 ธ.ค. 2569");
            type("f-meetingStart", "10 ธ.ค. 2569");
            type("f-meetingStart-time", "13:30");
            type("f-meetingEnd", "10/12/2569");
            type("f-meetingEnd-time", "15:30");
            type("f-meetingLink", "https://teams.example.org/hearing-" + number);
            type("f-registrationLink", "https://forms.example.org/register-" + number);
            chromium.check("schedule-hearing");
        });
        Hearing hearing = hearings.latest(standard.id()).orElseThrow();
        assertThat(hearing.window().meetingStart()).hasToString("2026-12-10T06:30:00Z");

        steps().openHearing(standard.id());
        comments.submit(hearing.id(), new NewComment("ร่าง", "5.1", CommentType.GENERAL, "ควรมีตัวอย่างการใช้งาน", null, "ผู้แสดงความคิดเห็น",
                "กรมตัวอย่าง", "commenter.workspace@example.go.th", "1.0"));
        browser.get(url("/hearings/" + hearing.id()));
        assertThat(body()).contains("10 ธันวาคม 2569").contains("13:30–15:30 น.");
        moveClockAndRunJobs(hearing.window().meetingEnd());
        doTask("wichai", "แนบเอกสารนำเสนอ", code, () -> type("f-slidesRef", "https://example.org/slides-" + number + ".pdf"));
        moveClockAndRunJobs(hearing.window().closesAt());

        doTask("anan", "ปรับปรุงร่าง", code, () -> {
            assertThat(body()).contains("ควรมีตัวอย่างการใช้งาน");
            select("f-comments-0--disposition", "ACCEPTED");
            type("f-comments-0--response", "เพิ่มตัวอย่างในภาคผนวกแล้ว");
            type("f-revisedVersionLabel", "1.1");
            type("f-revisedDocumentRef", "https://example.org/drafts/" + number + "-1.1.pdf");
        });
        doTask("prasert", "ร่างสุดท้าย", code, () -> {
            choose("เห็นชอบร่างสุดท้าย");
            type("f-meetingReference", "1/2570");
        });
        logInAs("supachai");
        browser.findElement(By.linkText("รอลงนาม")).click();
        assertThat(body()).contains(code).contains("ประกาศสำนักงานพัฒนารัฐบาลดิจิทัล");
        chromium.check("signing-queue");
        doTask("supachai", "ลงนามประกาศ", code, () -> {
            choose("ลงนาม");
            type("password", DEMO_PASSWORD);
        });
        runDueJobs();

        assertThat(registry.get(standard.id()).status()).isEqualTo(StandardStatus.PUBLISHED);
        browser.get(url("/standards/" + standard.id()));
        assertThat(body()).contains(registry.get(standard.id()).displayCode()).contains("ประกาศใช้แล้ว")
                .contains("ประกาศฉบับลงนาม").contains("ตรวจสอบลายมือชื่อ");
        chromium.check("standard-signed");
        browser.findElement(By.linkText("ตรวจสอบลายมือชื่อ")).click();
        assertThat(body()).contains("ลายมือชื่อถูกต้อง");
        chromium.check("verify-announcement");
    }

    /** Logs in as the user who holds the step, opens the task from My work, claims it if need be, fills and sends it. */
    private void doTask(String user, String step, String code, Runnable fill) {
        String taskName = step + " … " + code;
        logInAs(user);
        WebElement link = browser.findElement(By.xpath("//main//a[contains(., \"" + step + "\") and contains(., \"" + code + "\")]"));
        link.click();
        chromium.check("task-" + user);
        for (WebElement claim : browser.findElements(By.xpath("//button[normalize-space()='รับงาน']"))) {
            claim.click();
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(claim));
            assertThat(notice()).contains("รับงาน");
        }
        fill.run();
        submit("บันทึกและส่งงาน");
        assertThat(notice()).as("%s sends %s", user, taskName).contains("ส่งงาน");
    }

    private void logInAs(String user) {
        browser.get(url("/"));
        browser.manage().deleteAllCookies();
        chromium.logIn(url(""), user);
        assertThat(browser.getCurrentUrl()).endsWith("/work");
        chromium.check("my-work-" + user);
    }

    private void type(String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private void choose(String label) {
        browser.findElement(By.xpath("//label[normalize-space()=\"" + label + "\"]")).click();
    }

    private void select(String id, String value) {
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id(id))).selectByValue(value);
    }

    /** Sends the form and waits for the page that answers it. */
    private void submit(String button) {
        WebElement send = browser.findElement(By.xpath("//main//form//button[normalize-space()=\"" + button + "\"]"));
        send.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(send));
    }

    private String notice() {
        return browser.findElement(By.cssSelector("[role=status]")).getText();
    }

    private String body() {
        return browser.findElement(By.tagName("body")).getText();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
