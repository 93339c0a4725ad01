package th.go.dga.standards.signing;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.support.ApplicationTestSupport;
import th.go.dga.standards.support.PdfFiles;

import static org.assertj.core.api.Assertions.assertThat;

/** The announcement's PDF as the signer reads it before signing. */
class AnnouncementPdfsTests extends ApplicationTestSupport {

    @Autowired AnnouncementPdfs pdfs;

    @Test
    void thePreviewSaysWhatTheSignatureWillIssueWithoutANumberAndMarkedAsADraft() {
        Standard standard = registry.get(steps().toDirectorSigning(nextNumber()));

        byte[] preview = pdfs.preview(standard, LocalDate.of(2026, 12, 3), "supachai");

        assertThat(PdfFiles.preview(preview, "announcement-preview")).isNotEmptyFile();
        String text = PdfFiles.text(preview).replace("\n", "");
        assertThat(text).contains("ประกาศสำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน)")
                .contains("เลขที่ ม …/2569")
                .contains("เรื่อง มาตรฐานทดสอบวงจรชีวิต " + standard.number())
                .contains("อาศัยอำนาจตามมาตรา 8 แห่งพระราชกฤษฎีกาจัดตั้งสำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน) พ.ศ. 2561")
                .contains("(มสพร. " + standard.number() + " : 2569)")
                .contains("ประกาศ ณ วันที่ 3 ธันวาคม พ.ศ. 2569")
                .contains("ผู้อำนวยการสำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน)")
                .contains("ร่าง ยังไม่ได้ลงนาม")
                .doesNotContain("ตรวจสอบลายมือชื่ออิเล็กทรอนิกส์ของประกาศนี้");
        assertThat(PdfFiles.imagesOnFirstPage(preview)).as("no QR code before the signature").isZero();
    }
}
