package th.go.dga.standards.signature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import th.go.dga.standards.support.ApiTestSupport;
import th.go.dga.standards.support.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code /verify} page in a real browser: a visitor uploads a signed announcement and reads that it is valid,
 * then a copy changed after signing and reads that it is not; each page checked with axe-core, the screenshots in
 * {@code target/surefire-reports/verify-screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.generate-unique-process-engine-name=false")
class VerifyInBrowserTests extends ApiTestSupport {

    private static Browser chromium;
    private static WebDriver browser;

    @TempDir
    static Path files;

    @LocalServerPort
    int port;

    @Autowired PdfSignatures signatures;

    @BeforeAll
    static void startTheBrowser() {
        chromium = Browser.start("th-TH", null, "verify-screenshots");
        browser = chromium.driver();
    }

    @AfterAll
    static void stopTheBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aSignedAnnouncementIsValidAndATamperedCopyIsNot() throws IOException {
        byte[] signed = signatures.sign(TestPdfs.onePage(), SigningRole.DIRECTOR, "ลงนามประกาศ มสพร. 99-2569", PdfSignatures.BANGKOK);
        Path original = Files.write(files.resolve("ประกาศ.pdf"), signed);
        Path tampered = Files.write(files.resolve("ประกาศ-แก้ไข.pdf"), TestPdfs.tampered(signed));

        browser.get("http://localhost:" + port + "/verify");
        chromium.check("verify-form");
        browser.findElement(By.id("file")).sendKeys(original.toString());
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        chromium.check("verify-valid");
        assertThat(text(".verdict-label")).isEqualTo("ลายมือชื่อถูกต้อง");
        assertThat(browser.findElement(By.cssSelector(".verdict")).getAttribute("class")).contains("verdict-VALID");
        assertThat(text(".signature")).contains("DEMO ผู้อำนวยการสำนักงานพัฒนารัฐบาลดิจิทัล").contains("ไม่ถูกแก้ไขหลังลงนาม")
                .contains("ออกโดยผู้ให้บริการออกใบรับรองที่เชื่อถือได้").contains("ประทับเวลาโดย DEMO DGA Standards Timestamp Authority");

        browser.findElement(By.linkText("ตรวจเอกสารอื่น")).click();
        browser.findElement(By.id("file")).sendKeys(tampered.toString());
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        chromium.check("verify-tampered");
        assertThat(text(".verdict-label")).isEqualTo("ลายมือชื่อไม่ถูกต้อง");
        assertThat(text(".signature")).contains("ถูกแก้ไขหลังลงนาม หรือลายมือชื่อไม่ตรงกับเนื้อหา");

        browser.findElement(By.cssSelector("a.language")).click();
        chromium.check("verify-form-english");
        assertThat(text("h1")).isEqualTo("Check the electronic signature of a document");
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText().strip();
    }
}
