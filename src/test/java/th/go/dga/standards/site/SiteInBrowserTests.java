package th.go.dga.standards.site;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockMultipartFile;

import th.go.dga.standards.hearing.Comment;
import th.go.dga.standards.hearing.CommentService;
import th.go.dga.standards.hearing.CommentType;
import th.go.dga.standards.hearing.Disposition;
import th.go.dga.standards.hearing.Hearing;
import th.go.dga.standards.hearing.HearingWindow;
import th.go.dga.standards.hearing.MeetingRegistrations;
import th.go.dga.standards.hearing.NewComment;
import th.go.dga.standards.notification.Notifications;
import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.registry.StandardKind;
import th.go.dga.standards.subscription.Subscription;
import th.go.dga.standards.subscription.SubscriptionStatus;
import th.go.dga.standards.subscription.Subscriptions;
import th.go.dga.standards.support.ApiTestSupport;
import th.go.dga.standards.support.Browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The site in a real browser ({@link Browser}), every page checked with axe-core and a screenshot of each kept with
 * the test reports in {@code target/surefire-reports/site-screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.generate-unique-process-engine-name=false")
class SiteInBrowserTests extends ApiTestSupport {

    private static Browser chromium;
    private static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired CommentService comments;
    @Autowired MeetingRegistrations registrations;
    @Autowired Subscriptions subscriptions;
    @Autowired Notifications notifications;

    @BeforeAll
    static void startTheBrowser() {
        chromium = Browser.start("th-TH", null, "site-screenshots");
        browser = chromium.driver();
    }

    @AfterAll
    static void stopTheBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void aNewVisitor() {
        browser.get(url("/"));
        browser.manage().deleteAllCookies();
    }

    @Test
    void readsAHearingAndSendsACommentAfterCorrectingIt() throws IOException {
        Hearing hearing = hearing();

        open("/hearings/" + hearing.id(), "hearing");
        assertThat(text("h1")).contains("ร่างมาตรฐานทดสอบ");
        assertThat(body()).contains("วันพฤหัสบดีที่ 10 ธันวาคม 2569 เวลา 13:30–15:30 น.").contains("<script>alert(1)</script>");

        browser.findElement(By.linkText("แสดงความคิดเห็น")).click();
        checkPage("comment-form");
        browser.findElement(By.id("comment")).sendKeys("ข้อ 5.2 ควรกำหนดระดับความเชื่อมั่นให้ชัดเจน");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        checkPage("comment-form-errors");
        assertThat(text("#error-summary")).contains("ประเภทของข้อคิดเห็น");
        assertThat(browser.findElement(By.id("comment")).getAttribute("value")).isEqualTo("ข้อ 5.2 ควรกำหนดระดับความเชื่อมั่นให้ชัดเจน");
        assertThat(comments.count(hearing.id())).isZero();

        browser.findElement(By.cssSelector("label[for=type-TECHNICAL]")).click();
        browser.findElement(By.id("name")).sendKeys("สมหญิง ทดสอบ");
        browser.findElement(By.id("email")).sendKeys("somying.browser@example.go.th");
        browser.findElement(By.id("consent")).click();
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        checkPage("comment-received");
        assertThat(text(".reference")).matches("C2569-\\d{6}");
        assertThat(comments.forHearing(hearing.id())).singleElement().satisfies(c -> assertThat(c.referenceNo()).isEqualTo(text(".reference")));
    }

    @Test
    void theCommentFormIsClosedOnceThePeriodHasEnded() throws IOException {
        Hearing hearing = hearing();
        moveClockTo(hearing.window().closesAt());

        open("/hearings/" + hearing.id() + "/comments/new", "comment-form-closed");
        assertThat(body()).contains("ระยะเวลารับฟังความคิดเห็นสิ้นสุดเมื่อสิ้นวันที่ 31 ธันวาคม 2569");
        assertThat(browser.findElements(By.id("comment"))).isEmpty();
    }

    @Test
    void registersForTheMeeting() throws IOException {
        Hearing hearing = hearing();
        open("/hearings/" + hearing.id(), "hearing-before-registration");
        browser.findElement(By.linkText("ลงทะเบียนเข้าร่วม")).click();
        checkPage("registration-form");
        browser.findElement(By.id("name")).sendKeys("ผู้เข้าร่วม ทดสอบ");
        browser.findElement(By.id("organisation")).sendKeys("กรมตัวอย่าง");
        browser.findElement(By.id("email")).sendKeys("attendee.browser@example.go.th");
        browser.findElement(By.id("consent")).click();
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        checkPage("registration-done");
        assertThat(text("h1")).isEqualTo("ลงทะเบียนเรียบร้อยแล้ว");
        assertThat(registrations.forHearing(hearing.id())).hasSize(1);
    }

    @Test
    void searchesTheCatalogueAndOpensAStandard() throws IOException {
        open("/", "home");
        browser.findElement(By.id("home-q")).sendKeys("แนวปฏิบัติกระบวนการทางดิจิทัล");
        browser.findElement(By.cssSelector("form.search button")).click();
        checkPage("standards");
        assertThat(body()).contains("มสพร. 6-1 : 2566");
        browser.findElement(By.linkText("มสพร. 6-1 : 2566")).click();
        checkPage("standard");
        assertThat(body()).contains("ม 3/2566").contains("22 สิงหาคม 2566");
    }

    @Test
    void cookieChoicesAreRememberedAndNothingOptionalIsSetBefore() throws IOException {
        open("/", "cookie-banner");
        assertThat(browser.findElements(By.cssSelector(".cookie-banner"))).hasSize(1);
        assertThat(browser.manage().getCookieNamed(CookieConsent.COOKIE)).isNull();

        browser.findElement(By.cssSelector(".cookie-manage summary")).click();
        browser.findElement(By.cssSelector(".cookie-banner label[for=cookie-functional]")).click();
        WebElement banner = browser.findElement(By.cssSelector(".cookie-banner"));
        browser.findElement(By.cssSelector(".cookie-manage button[type=submit]")).click();
        // the choice is posted and the page comes back: wait until the old page is gone
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(banner));
        assertThat(browser.findElements(By.cssSelector(".cookie-banner"))).isEmpty();
        assertThat(browser.manage().getCookieNamed(CookieConsent.COOKIE).getValue()).isEqualTo("v1.p0f1t0");

        open("/cookies", "cookie-settings");
        assertThat(browser.findElement(By.id("cookie-functional")).isSelected()).isTrue();
        assertThat(browser.findElement(By.id("cookie-performance")).isSelected()).isFalse();
    }

    @Test
    void switchesToEnglishAndBack() throws IOException {
        open("/standards", "standards-thai");
        browser.findElement(By.cssSelector("a.language")).click();
        checkPage("standards-english");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(text("h1")).isEqualTo("Standards");

        open("/privacy", "privacy-english");
        assertThat(text("h1")).isEqualTo("Privacy notice");
        browser.findElement(By.cssSelector("a.language")).click();
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("th");
    }

    @Test
    void readsTheSummaryOfAClosedHearing() throws IOException {
        Hearing hearing = hearing();
        comments.submit(hearing.id(), new th.go.dga.standards.hearing.NewComment("ร่าง", "5.1", th.go.dga.standards.hearing.CommentType.GENERAL,
                "ควรมีตัวอย่าง", null, "ผู้แสดงความคิดเห็น", "กรมตัวอย่าง", "commenter.browser@example.go.th", "1.0"));
        hearings.close(hearing.id());
        open("/hearings/" + hearing.id(), "hearing-closed");
        browser.findElement(By.linkText("อ่านสรุปผลการรับฟังความคิดเห็น")).click();
        checkPage("hearing-summary");
        assertThat(body()).contains("ไม่ประสงค์ออกนาม").contains("กรมตัวอย่าง").contains("อยู่ระหว่างพิจารณา");
    }

    @Test
    void subscribesConfirmsWithTheMailedLinkAndUnsubscribes() throws IOException {
        String email = "subscriber.browser@example.go.th";
        open("/", "home-before-subscribing");
        browser.findElement(By.linkText("รับข่าวการรับฟังความคิดเห็นทางอีเมล")).click();
        checkPage("subscribe");
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        checkPage("subscribe-errors");
        assertThat(text("#consent-error")).isEqualTo("ต้องให้ความยินยอมตามคำชี้แจงการคุ้มครองข้อมูลส่วนบุคคล");
        assertThat(browser.findElement(By.id("email")).getAttribute("value")).isEqualTo(email);
        assertThat(subscriptions.byEmail(email)).isEmpty();

        browser.findElement(By.id("consent")).click();
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        checkPage("subscribe-sent");
        assertThat(text("h1")).isEqualTo("โปรดตรวจสอบอีเมลของท่าน");

        String mailed = notifications.log(null, email, Subscriptions.CONFIRMATION, 1).get(0).link();
        open(mailed.substring(mailed.indexOf("/subscriptions/")), "subscription-confirm");
        assertThat(subscriptions.current(email).orElseThrow().status()).isEqualTo(SubscriptionStatus.PENDING);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        checkPage("subscription-confirmed");
        assertThat(text("h1")).isEqualTo("ยืนยันการรับข่าวสารแล้ว");

        Subscription active = subscriptions.current(email).orElseThrow();
        assertThat(active.status()).isEqualTo(SubscriptionStatus.ACTIVE);
        open("/subscriptions/unsubscribe?token=" + active.token(), "subscription-unsubscribe");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        checkPage("subscription-unsubscribed");
        assertThat(text("h1")).isEqualTo("เลิกรับข่าวสารแล้ว");
        assertThat(subscriptions.byToken(active.token()).orElseThrow().status()).isEqualTo(SubscriptionStatus.UNSUBSCRIBED);
    }

    @Test
    void drawsWhereTheStandardStandsOnItsDeployedLifecycleAndListsItOnAPhone() throws IOException {
        th.go.dga.standards.support.LifecycleSteps steps = steps();
        String id = steps.toScheduling(nextNumber());
        steps.scheduleHearing(id);
        Hearing hearing = steps.openHearing(id);

        open("/hearings/" + hearing.id(), "where-desktop-loading");
        WebElement current = new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".where-drawn svg g.where-current[data-element-id='" + th.go.dga.standards.process.StandardLifecycleProcess.PUBLIC_HEARING + "']")));
        assertThat(current.isDisplayed()).isTrue();
        assertThat(browser.findElements(By.cssSelector(".where-canvas g.where-done"))).hasSizeGreaterThan(3);
        assertThat(browser.findElements(By.cssSelector(".where-canvas .where-tick"))).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector(".where-canvas .bjs-powered-by")).isDisplayed()).as("bpmn.io's watermark").isTrue();
        // the keyboard zooms, and 0 brings the whole diagram back
        WebElement canvas = browser.findElement(By.cssSelector(".where-canvas"));
        String fitted = browser.findElement(By.cssSelector(".where-canvas svg .viewport")).getAttribute("transform");
        canvas.sendKeys("+");
        assertThat(browser.findElement(By.cssSelector(".where-canvas svg .viewport")).getAttribute("transform")).isNotEqualTo(fitted);
        canvas.sendKeys("++++");
        chromium.screenshot(canvas, "where-desktop-zoomed");
        canvas.sendKeys("0");
        assertThat(browser.findElement(By.cssSelector(".where-canvas svg .viewport")).getAttribute("transform")).isEqualTo(fitted);
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("document.querySelector('.where').scrollIntoView()");
        checkPage("where-desktop");

        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            open("/hearings/" + hearing.id(), "where-phone");
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("document.querySelector('.where').scrollIntoView()");
            checkPage("where-phone");
            assertThat(browser.findElement(By.cssSelector(".where-drawing")).isDisplayed()).isFalse();
            assertThat(text("li[aria-current=step]")).startsWith("รับฟังความคิดเห็นสาธารณะ").contains("ขั้นตอนปัจจุบัน ตั้งแต่");
        } finally {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
        }
    }

    @Test
    void readsWhatTheCommentsChangedClauseByClauseOnceTheSummaryIsPublished() throws Exception {
        Standard project = registeredProject(StandardKind.MSPR);
        sendDraft(project, "1.0", WhatChangedPagesTests.heardDraft());
        Hearing hearing = hearings.open(scheduledHearing(project.id()).id());
        Comment onPeriod = comments.submit(hearing.id(), new NewComment("ร่าง", "3.1", CommentType.TECHNICAL,
                "ข้อมูลการให้บริการควรเก็บไว้นานกว่าหนึ่งปี เพราะการตรวจสอบย้อนหลังมักใช้เวลานาน", "ให้เก็บไว้อย่างน้อยสองปี",
                "ประภา ยินดีเปิดเผย", "กรมการปกครอง", "prapa.browser@example.go.th", "1.0", true));
        Comment onDefinition = comments.submit(hearing.id(), new NewComment("ร่าง", "2.1", CommentType.GENERAL,
                "นิยามบริการดิจิทัลควรครอบคลุมการรายงานผลด้วย", null, "สมปอง ไม่เปิดเผย", "สำนักงานตัวอย่าง",
                "sompong.browser@example.go.th", "1.0", false));
        Comment onWhole = comments.submit(hearing.id(), new NewComment("ร่าง", null, CommentType.GENERAL, "เห็นด้วยกับร่างทั้งฉบับ", null,
                "ผู้แสดงความคิดเห็น", null, "whole.browser@example.go.th", "1.0", false));
        hearings.close(hearing.id());
        sendDraft(project, "2.0", WhatChangedPagesTests.revisedDraft());
        comments.respond(onPeriod.id(), Disposition.ACCEPTED, "ขยายระยะเวลาจัดเก็บเป็นสองปี", List.of("3.1"));
        comments.respond(onDefinition.id(), Disposition.PARTLY_ACCEPTED, "คงนิยามไว้ และเพิ่มข้อ 3.2 ว่าด้วยการรายงานผล", List.of("3.2"));
        comments.respond(onWhole.id(), Disposition.NOTED, "ขอบคุณสำหรับข้อคิดเห็น");
        hearings.publishSummary(hearing.id());

        open("/hearings/" + hearing.id() + "/summary", "hearing-summary-published");
        clickAndWait(browser.findElement(By.cssSelector(".cookie-banner button[name=all]")));
        browser.findElement(By.partialLinkText("อ่านร่างที่รับฟังความคิดเห็นทีละข้อ")).click();
        checkPage("hearing-changes");
        wholePage("hearing-changes-whole");
        assertThat(text("h1")).isEqualTo("ร่างที่รับฟังความคิดเห็นและสิ่งที่เปลี่ยนไป");
        assertThat(text(".versions")).isEqualTo("ร่างฉบับ 1.0 ที่รับฟังความคิดเห็น → ร่างฉบับ 2.0");
        WebElement period = browser.findElement(By.id("ข้อ-3.1"));
        assertThat(period.getText()).contains("ข้อมูลการให้บริการควรเก็บไว้นานกว่าหนึ่งปี").contains("ประภา ยินดีเปิดเผย").contains("รับ")
                .contains("ขยายระยะเวลาจัดเก็บเป็นสองปี");
        assertThat(period.findElement(By.cssSelector(".next-version del")).getText()).isEqualTo("หนึ่ง");
        assertThat(period.findElement(By.cssSelector(".next-version ins")).getText()).isEqualTo("สอง");
        assertThat(browser.findElement(By.id("ข้อ-2.1")).getText()).contains("ไม่ประสงค์ออกนาม").doesNotContain("สมปอง");

        // the link of the resolution matrix leads to the clause
        open("/hearings/" + hearing.id() + "/changes#ข้อ-3.1", "hearing-changes-clause");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            open("/hearings/" + hearing.id() + "/changes#ข้อ-2.1", "hearing-changes-phone");
        } finally {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
        }
    }

    // --- helpers ---

    @Test
    void aWorkingGroupMemberFindsTheirWorkClaimsItAndHandsItBack() throws IOException {
        String project = steps().register(th.go.dga.standards.registry.StandardKind.MSPR, nextNumber(), null);
        String code = registry.get(project).displayCode();
        logIn("pranee");

        open("/work", "work-my-work");
        assertThat(body()).contains("งานของฉัน").contains("งานของกลุ่มที่ยังไม่มีผู้รับ").contains("จัดทำร่างมาตรฐาน: " + code);

        clickAndWait(browser.findElement(By.xpath("//tr[contains(., '" + code + "')]//button[contains(., 'รับงาน')]")));
        assertThat(text("[role=status]")).contains("รับงาน").contains(code);
        assertThat(browser.findElement(By.xpath("//section[@aria-labelledby='mine-title']")).getText()).contains(code);
        checkPage("work-claimed");

        clickAndWait(browser.findElement(By.xpath("//tr[contains(., '" + code + "')]//button[contains(., 'คืนงาน')]")));
        assertThat(text("[role=status]")).contains("คืนงาน");
    }

    @Test
    void theSecretariatFollowsTheProjectsAndTheMonthsHearings() throws IOException {
        steps().register(StandardKind.MSPR, nextNumber(), null);
        String voting = steps().register(StandardKind.MSPR, nextNumber(), null);
        steps().draft(voting, "1.0");
        hearing();
        // the vote was due after 14 days
        moveClockTo(START.plus(Duration.ofDays(16)));
        logIn("somsri");

        // other tests' projects share the database: the one followed here is among the latest to change status
        open("/work/pipeline?status=TWG_REVIEW&sort=recent&size=100", "work-pipeline");
        assertThat(text("h1")).isEqualTo("ภาพรวมโครงการ");
        assertThat(browser.findElement(By.xpath("//tr[contains(., '" + voting + "')]")).getText()).contains("เกินกำหนด 2 วัน");

        open("/work/calendar?month=2569-12", "work-calendar");
        assertThat(text("#month-title")).isEqualTo("ธันวาคม 2569");
        assertThat(body()).contains("13:30 น.").contains("วันพฤหัสบดีที่ 10 ธันวาคม 2569 เวลา 13:30–15:30 น.");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            checkPage("work-calendar-phone");
        } finally {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
        }
    }

    /** A screenshot of the whole page, as tall as it is, for a reader to look over. */
    private void wholePage(String name) {
        long height = (Long) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, (int) Math.min(height + 100, 10_000)));
        try {
            chromium.screenshot(name);
        } finally {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
        }
    }

    /** Clicks what sends a form and waits for the page that answers it. */
    private void clickAndWait(WebElement button) {
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(button));
    }

    private void logIn(String user) {
        chromium.logIn(url(""), user);
    }

    private Hearing hearing() {
        return hearings.open(hearings.schedule(registeredProject(StandardKind.MSPR).id(),
                new HearingWindow(java.time.LocalDate.of(2026, 11, 26), java.time.LocalDate.of(2026, 12, 31),
                        java.time.OffsetDateTime.parse("2026-12-10T13:30+07:00").toInstant(),
                        java.time.OffsetDateTime.parse("2026-12-10T15:30+07:00").toInstant()),
                "https://teams.example.org/hearing", "https://forms.example.org/register",
                "ความเป็นมาของร่างมาตรฐาน ดูที่ https://www.dga.or.th/\n\nย่อหน้าที่สอง <script>alert(1)</script>").id());
    }

    private void sendDraft(Standard project, String version, byte[] file) throws Exception {
        mvc.perform(multipart("/api/standards/{id}/drafts", project.id())
                        .file(new MockMultipartFile("file", "ร่าง-" + version + ".docx",
                                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", file))
                        .param("version", version).with(as("anan")))
                .andExpect(status().isCreated());
    }

    private void open(String path, String name) throws IOException {
        browser.get(url(path));
        checkPage(name);
    }

    private void checkPage(String name) {
        chromium.check(name);
    }

    private String text(String css) {
        WebElement element = browser.findElement(By.cssSelector(css));
        return element.getText().strip();
    }

    private String body() {
        return browser.findElement(By.tagName("body")).getText();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
