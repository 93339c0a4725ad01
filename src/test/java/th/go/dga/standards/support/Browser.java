package th.go.dga.standards.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's headless Chromium driven by Selenium, in the language and time zone a test asks for; each page checked is
 * screenshotted into the test reports and checked with axe-core for WCAG 2.1 A and AA (a serious or critical
 * violation fails the test).
 * <p>
 * Without {@code chromedriver} the tests are skipped, unless {@code BROWSER_TESTS=required} (as in CI), when that
 * fails them.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMEDRIVER = Path.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver"));
    private static final Path CHROMIUM = Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"));
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final WebDriver driver;
    private final Path screenshots;

    private Browser(WebDriver driver, Path screenshots) {
        this.driver = driver;
        this.screenshots = screenshots;
    }

    /**
     * @param language    the browser's language, as {@code --lang} and {@code Accept-Language} give it ({@code th-TH})
     * @param timeZone    the browser's time zone, or {@code null} for the machine's
     * @param screenshots where the screenshots go, under {@code target/surefire-reports}
     */
    public static Browser start(String language, String timeZone, String screenshots) {
        boolean installed = Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
        if (!installed && "required".equals(System.getenv("BROWSER_TESTS"))) {
            throw new IllegalStateException("BROWSER_TESTS=required, but " + CHROMEDRIVER + " or " + CHROMIUM + " is missing");
        }
        assumeTrue(installed, "no " + CHROMEDRIVER + ": apt-get install chromium chromium-driver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1000",
                "--lang=" + language, "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        Map<String, String> environment = new HashMap<>();
        if (timeZone != null) {
            // Chromium takes its zone from the environment it is started in, as a person's computer set to that zone
            environment.put("TZ", timeZone);
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .withEnvironment(environment).build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        Path directory = Path.of("target", "surefire-reports", screenshots);
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Browser(driver, directory);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Logs in through the login page as a person does and waits for the page it leads to. */
    public void logIn(String baseUrl, String user) {
        driver.get(baseUrl + "/login");
        driver.findElement(By.name("username")).sendKeys(user);
        driver.findElement(By.name("password")).sendKeys("demo");
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/work"));
    }

    /** The page as it is now: a screenshot kept, and no serious or critical WCAG 2.1 AA violation. */
    public void check(String name) {
        screenshot(name);
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        List<String> serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(Browser::describe).toList();
        assertThat(serious).as("accessibility of %s (%s)", name, driver.getCurrentUrl()).isEmpty();
    }

    /** A screenshot of the page, kept with the others, without the accessibility check (for pages not ours: Tasklist). */
    public void screenshot(String name) {
        try {
            Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), screenshots.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A screenshot of one element only, kept with the others. */
    public void screenshot(WebElement element, String name) {
        try {
            Files.copy(element.getScreenshotAs(OutputType.FILE).toPath(), screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).toList();
    }
}
