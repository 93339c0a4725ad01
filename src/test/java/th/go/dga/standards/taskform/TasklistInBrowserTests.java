package th.go.dga.standards.taskform;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import th.go.dga.standards.hearing.HearingService;
import th.go.dga.standards.process.StandardLifecycleProcess;
import th.go.dga.standards.support.ApplicationTestSupport;
import th.go.dga.standards.support.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tasklist, for those who still use it: a secretary types the Buddhist-era date she uses every day into the schedule
 * form's Common-era date field and is refused in Thai, with what she typed and what she meant, and nothing is stored;
 * form-js's own messages read in Thai.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.generate-unique-process-engine-name=false")
class TasklistInBrowserTests extends ApplicationTestSupport {

    private static Browser chromium;
    private static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired HearingService hearings;

    @BeforeAll
    static void startTheBrowser() {
        chromium = Browser.start("th-TH", "Europe/London", "tasklist-screenshots");
        browser = chromium.driver();
    }

    @AfterAll
    static void stopTheBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aBuddhistEraYearTypedIntoTheScheduleFormIsRefusedInThaiAndNothingIsStored() {
        String project = steps().toScheduling(nextNumber());
        String task = task(project, StandardLifecycleProcess.SCHEDULE_HEARING).getId();
        taskService.claim(task, "somsri");
        chromium.logIn("http://localhost:" + port, "somsri");

        browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + task);
        // Tasklist redraws its form and notifications while the test reads them
        WebDriverWait wait = (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class);
        wait.until(d -> !d.findElements(By.cssSelector(".fjs-container input")).isEmpty());

        complete();
        wait.until(d -> d.findElements(By.cssSelector(".fjs-form-field-error")).stream().anyMatch(e -> e.getText().contains("ต้องกรอกช่องนี้")));
        assertThat(browser.findElement(By.cssSelector(".fjs-container")).getText()).doesNotContain("Field is required");

        type("วันเริ่มรับฟังความคิดเห็น", "12/10/2569");
        type("วันสุดท้ายของการรับฟังความคิดเห็น", "12/31/2569");
        type("วันงานประชุมรับฟังความคิดเห็น", "12/17/2569");
        type("เวลาเริ่ม", "13:30");
        type("วันที่สิ้นสุดงานประชุม", "12/17/2569");
        type("เวลาสิ้นสุด", "15:30");
        type("ลิงก์เข้าร่วมงานประชุม (ออนไลน์)", "https://teams.example.org/hearing");
        type("ลิงก์ลงทะเบียนเข้าร่วม", "https://forms.example.org/register");
        complete();

        String refusal = wait.until(d -> d.findElements(By.cssSelector(".notifications .alert, .notification")).stream()
                .map(WebElement::getText).filter(t -> t.contains("2569")).findFirst().orElse(null));
        // Tasklist's own markup is Camunda's: kept as a picture, not checked with axe
        chromium.screenshot("schedule-refused");
        assertThat(refusal).contains("วันเริ่มรับฟังความคิดเห็น").contains("10 ธันวาคม 2569").contains("2026")
                .doesNotContain(task).doesNotContain("Cannot submit").doesNotContain("commentPeriodStart");
        assertThat(hearings.latest(project)).isEmpty();
        assertThat(taskService.createTaskQuery().taskId(task).count()).isEqualTo(1);
    }

    /** Types into the input its label names, as a person does, and leaves it. */
    private void type(String label, String text) {
        // a required input's label ends with form-js's asterisk
        WebElement labelled = browser.findElements(By.cssSelector(".fjs-container label")).stream()
                .filter(l -> l.getText().replace("*", "").strip().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no input labelled " + label + " among "
                        + browser.findElements(By.cssSelector(".fjs-container label")).stream().map(WebElement::getText).toList()));
        WebElement input = browser.findElement(By.id(labelled.getAttribute("for")));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
        // the date picker and the time list stay open over the next input until the person moves on
        input.sendKeys(Keys.ESCAPE);
        input.sendKeys(Keys.TAB);
    }

    private void complete() {
        WebElement complete = browser.findElement(By.xpath("//button[normalize-space()='บันทึกและส่งงาน']"));
        // Tasklist's footer and its notifications can lie over the button of a tall form; a person scrolls to it
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()", complete);
    }
}
