package th.go.dga.standards.site;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import th.go.dga.standards.hearing.CommentService;
import th.go.dga.standards.hearing.Hearing;
import th.go.dga.standards.hearing.HearingWindow;
import th.go.dga.standards.hearing.MeetingRegistrations;
import th.go.dga.standards.notification.Notifications;
import th.go.dga.standards.registry.StandardKind;
import th.go.dga.standards.subscription.Subscription;
import th.go.dga.standards.subscription.SubscriptionStatus;
import th.go.dga.standards.subscription.Subscriptions;
import th.go.dga.standards.support.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The site in a real browser: Debian's headless Chromium driven by Selenium, every page checked with axe-core for
 * WCAG 2.1 A and AA (a serious or critical violation fails the test), and a screenshot of each kept with the test
 * reports in {@code target/surefire-reports/site-screenshots}.
 * <p>
 * Without {@code chromedriver} the tests are skipped, unless {@code BROWSER_TESTS=required} (as in CI), when that
 * fails them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.generate-unique-process-engine-name=false")
class SiteInBrowserTests extends ApiTestSupport {

    private static final Path CHROMEDRIVER = Path.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver"));
    private static final Path CHROMIUM = Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"));
    private static final Path SCREENSHOTS = Path.of("target", "surefire-reports", "site-screenshots");
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired CommentService comments;
    @Autowired MeetingRegistrations registrations;
    @Autowired Subscriptions subscriptions;
    @Autowired Notifications notifications;

    @BeforeAll
    static void startTheBrowser() throws IOException {
        boolean installed = Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
        if (!installed && "required".equals(System.getenv("BROWSER_TESTS"))) {
            throw new IllegalStateException("BROWSER_TESTS=required, but " + CHROMEDRIVER + " or " + CHROMIUM + " is missing");
        }
        assumeTrue(installed, "no " + CHROMEDRIVER + ": apt-get install chromium chromium-driver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1000",
                "--lang=th-TH", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopTheBrowser() {
        if (browser != null) {
            browser.quit();
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

    // --- helpers ---

    @Test
    void aWorkingGroupMemberFindsTheirWorkClaimsItAndHandsItBack() throws IOException {
        String project = steps().register(th.go.dga.standards.registry.StandardKind.MSPR, nextNumber(), null);
        String code = registry.get(project).displayCode();
        logIn("pranee");

        open("/work", "work-my-work");
        assertThat(body()).contains("งานของฉัน").contains("งานของกลุ่มที่ยังไม่มีผู้รับ").contains("จัดทำร่างมาตรฐาน: " + code);

        browser.findElement(By.xpath("//tr[contains(., '" + code + "')]//button[contains(., 'รับงาน')]")).click();
        assertThat(text("[role=status]")).contains("รับงาน").contains(code);
        assertThat(browser.findElement(By.xpath("//section[@aria-labelledby='mine-title']")).getText()).contains(code);
        checkPage("work-claimed");

        browser.findElement(By.xpath("//tr[contains(., '" + code + "')]//button[contains(., 'คืนงาน')]")).click();
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

        open("/work/pipeline", "work-pipeline");
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

    private void logIn(String user) {
        browser.get(url("/login"));
        browser.findElement(By.name("username")).sendKeys(user);
        browser.findElement(By.name("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        // the login ends in Tasklist; the next page is opened once it has
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/camunda/app/tasklist"));
    }

    private Hearing hearing() {
        return hearings.open(hearings.schedule(registeredProject(StandardKind.MSPR).id(),
                new HearingWindow(java.time.LocalDate.of(2026, 11, 26), java.time.LocalDate.of(2026, 12, 31),
                        java.time.OffsetDateTime.parse("2026-12-10T13:30+07:00").toInstant(),
                        java.time.OffsetDateTime.parse("2026-12-10T15:30+07:00").toInstant()),
                "https://teams.example.org/hearing", "https://forms.example.org/register",
                "ความเป็นมาของร่างมาตรฐาน ดูที่ https://www.dga.or.th/\n\nย่อหน้าที่สอง <script>alert(1)</script>").id());
    }

    private void open(String path, String name) throws IOException {
        browser.get(url(path));
        checkPage(name);
    }

    /** The page as it is now: a screenshot kept, and no serious or critical WCAG 2.1 AA violation. */
    private void checkPage(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
        List<String> serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(SiteInBrowserTests::describe).toList();
        assertThat(serious).as("accessibility of %s (%s)", name, browser.getCurrentUrl()).isEmpty();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).toList();
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
