package th.go.dga.standards.signing;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.registry.StandardKind;
import th.go.dga.standards.registry.StandardStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnnouncementTextTests {

    private static Standard standard(StandardKind kind, int number, Integer part, String titleTh) {
        return new Standard("STD-00042", kind, number, part, null, titleTh, null, "2.0", "DIGITAL_PROCESS", "wg-process", "twg-process",
                StandardStatus.AWAITING_SIGNATURE, null, null, null, null, Instant.EPOCH, Instant.EPOCH);
    }

    private final Standard guidelines = standard(StandardKind.MSPR, 6, 1,
            "มาตรฐานสำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน) ว่าด้วยแนวปฏิบัติกระบวนการทางดิจิทัลภาครัฐ ส่วนที่ 1 ภาพรวม");

    @Test
    void readsAsTheDirectorsAnnouncementOfMaw3Of2566() {
        AnnouncementText text = AnnouncementText.preview(guidelines, LocalDate.of(2023, 8, 22)).numbered(new AnnouncementNumber(3, 2566));

        assertThat(text.titleLine()).isEqualTo("ประกาศสำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน) เลขที่ ม 3/2566 เรื่อง "
                + "มาตรฐานสำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน) ว่าด้วยแนวปฏิบัติกระบวนการทางดิจิทัลภาครัฐ ส่วนที่ 1 ภาพรวม");
        assertThat(text.code().format()).isEqualTo("มสพร. 6-1 : 2566");
        assertThat(text.paragraphs().get(0)).startsWith("อาศัยอำนาจตามมาตรา 8 แห่งพระราชกฤษฎีกาจัดตั้งสำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน)")
                .contains("(มสพร. 6-1 : 2566)");
        assertThat(text.inForce()).isEqualTo(AnnouncementText.InForce.ON_SIGNING);
        assertThat(text.signer()).isEqualTo("ผู้อำนวยการสำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน)");
    }

    @Test
    void aPreviewHasNoNumberAndTheCodeOfTheYearOfTheDayOfSigning() {
        AnnouncementText text = AnnouncementText.preview(guidelines, LocalDate.of(2027, 1, 4));

        assertThat(text.titleLine()).startsWith("ประกาศสำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน) เรื่อง มาตรฐาน").doesNotContain("เลขที่");
        assertThat(text.code().format()).isEqualTo("มสพร. 6-1 : 2570");
    }

    @Test
    void aGovernmentStandardIsTheCommitteesAnnouncementInForceThroughTheRoyalGazette() {
        AnnouncementText text = AnnouncementText.preview(standard(StandardKind.MRD, 12001, null, "แนวทางการเปิดเผยข้อมูลเปิดภาครัฐ"),
                LocalDate.of(2020, 6, 1));

        assertThat(text.titleLine()).isEqualTo("ประกาศคณะกรรมการพัฒนารัฐบาลดิจิทัล เรื่อง มาตรฐานรัฐบาลดิจิทัล ว่าด้วยแนวทางการเปิดเผยข้อมูลเปิดภาครัฐ");
        assertThat(text.code().format()).isEqualTo("มรด. 12001 : 2563");
        assertThat(text.legalBasis()).contains("มาตรา 7 แห่งพระราชบัญญัติการบริหารงานและการให้บริการภาครัฐผ่านระบบดิจิทัล พ.ศ. 2562");
        assertThat(text.inForce()).isEqualTo(AnnouncementText.InForce.ON_GAZETTE);
        assertThat(text.inForceSentence()).contains("ราชกิจจานุเบกษา");
        assertThat(text.scope()).isEqualTo("ให้หน่วยงานของรัฐทุกแห่งถือปฏิบัติ");
        assertThat(text.signer()).isEqualTo("ประธานกรรมการพัฒนารัฐบาลดิจิทัล");
    }

    @Test
    void theCommitteesAnnouncementsAreNumberedInItsOwnSeries() {
        AnnouncementText government = AnnouncementText.preview(standard(StandardKind.MRD, 1, 1, "มาตรฐานรัฐบาลดิจิทัล ว่าด้วยการทดสอบ"),
                LocalDate.of(2021, 10, 12));

        assertThatThrownBy(() -> government.numbered(new AnnouncementNumber(1, 2564))).as("not in the DGA's series")
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(government.numbered(new AnnouncementNumber(AnnouncementIssuer.DGDC, 1, 2564)).titleLine())
                .isEqualTo("ประกาศคณะกรรมการพัฒนารัฐบาลดิจิทัล ที่ 1/2564 เรื่อง มาตรฐานรัฐบาลดิจิทัล ว่าด้วยการทดสอบ");
    }
}
