package th.go.dga.standards.document;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.http.ContentDisposition;

import static org.assertj.core.api.Assertions.assertThat;

class FileNamesTests {

    @Test
    void keepsAThaiNameAndDropsTheFoldersABrowserSends() {
        assertThat(FileNames.sanitise("C:\\Users\\somsri\\Desktop\\ร่างมาตรฐาน ส่วนที่ 5.pdf")).isEqualTo("ร่างมาตรฐาน ส่วนที่ 5.pdf");
        assertThat(FileNames.sanitise("../../etc/passwd")).isEqualTo("passwd");
    }

    @Test
    void dropsControlAndDirectionCharactersThatDisguiseAnExtension() {
        // U+202E shows "report\u202Efdp.exe" as "reportexe.pdf"
        assertThat(FileNames.sanitise("report\u202Efdp.exe")).isEqualTo("reportfdp.exe");
        assertThat(FileNames.sanitise("a\r\nContent-Type: text.pdf")).isEqualTo("a Content-Type_ text.pdf");
        assertThat(FileNames.sanitise("\"quoted\" name?.pdf")).isEqualTo("_quoted_ name_.pdf");
    }

    @Test
    void givesANameToAFileThatCameWithoutOne() {
        assertThat(FileNames.sanitise(null)).isEqualTo("document");
        assertThat(FileNames.sanitise(" . ")).isEqualTo("document");
        assertThat(FileNames.sanitise("C:\\folder\\")).isEqualTo("document");
    }

    @Test
    void shortensALongNameAndKeepsItsExtension() {
        String name = FileNames.sanitise("ก".repeat(500) + ".docx");

        assertThat(name).endsWith(".docx");
        assertThat(name.codePointCount(0, name.length())).isEqualTo(FileNames.MAX_LENGTH);
    }

    @Test
    void countsTheLengthOfANameInCharactersWithoutTheFoldersBeforeIt() {
        assertThat(FileNames.length("C:\\Users\\somsri\\" + "ก".repeat(255) + ".pdf")).isEqualTo(259);
        assertThat(FileNames.length("😀.pdf")).isEqualTo(5);
        assertThat(FileNames.length(null)).isZero();
    }

    @Test
    void readsTheExtensionInLowerCase() {
        assertThat(FileNames.extension("ร่าง.PDF")).isEqualTo("pdf");
        assertThat(FileNames.extension("archive.tar.gz")).isEqualTo("gz");
        assertThat(FileNames.extension("README")).isEmpty();
        assertThat(FileNames.extension(".hidden")).isEmpty();
        assertThat(FileNames.extension("trailing.")).isEmpty();
    }

    @Test
    void addsTheFormatsExtensionToANameWithoutOne() {
        assertThat(FileNames.withExtension("ร่างมาตรฐาน", AcceptedFormat.JPEG)).isEqualTo("ร่างมาตรฐาน.jpg");
        assertThat(FileNames.withExtension("ร่างมาตรฐาน.pdf", AcceptedFormat.PDF)).isEqualTo("ร่างมาตรฐาน.pdf");
    }

    @Test
    void namesTheDownloadInUtf8WithAnAsciiStandIn() {
        String name = "ร่างมาตรฐาน ส่วนที่ 5.pdf";

        String header = FileNames.attachment(name);

        assertThat(header).isEqualTo("attachment; filename=\"document.pdf\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        assertThat(ContentDisposition.parse(header).getFilename()).isEqualTo(name);
        assertThat(ContentDisposition.parse(header).isAttachment()).isTrue();
    }

    @Test
    void keepsTheAsciiPartOfAMixedNameForOldClients() {
        assertThat(FileNames.asciiFallback("DGA-Standard ร่าง v2.docx")).isEqualTo("DGA-Standard _ v2.docx");
        assertThat(FileNames.asciiFallback("100% done.pdf")).isEqualTo("100_ done.pdf");
    }
}
