package th.go.dga.standards.signature;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.go.dga.standards.signature.Verification.Verdict;
import th.go.dga.standards.validation.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * PAdES signatures made with the demo PKI and its in-process timestamp authority, and checked by DSS as the public
 * page checks them.
 */
class PdfSignaturesTests {

    @TempDir
    static Path directory;

    static TestSigner demo;
    static byte[] signed;
    static Instant signedAround;

    @BeforeAll
    static void signOnce() {
        demo = TestSigner.demo(directory.resolve("demo-pki"));
        signedAround = Instant.now();
        signed = demo.sign(TestPdfs.onePage(), SigningRole.DIRECTOR);
    }

    @Test
    void aSignedAnnouncementIsValidWithItsSignerAndTimestamp() {
        Verification verification = demo.verifier().verify(signed);

        assertThat(verification.verdict()).isEqualTo(Verdict.VALID);
        assertThat(verification.summaryThai()).startsWith("ลายมือชื่ออิเล็กทรอนิกส์ถูกต้อง");
        assertThat(verification.signatures()).singleElement().satisfies(signature -> {
            assertThat(signature.signerName()).isEqualTo("DEMO ผู้อำนวยการสำนักงานพัฒนารัฐบาลดิจิทัล");
            assertThat(signature.title()).isEqualTo("ผู้อำนวยการสำนักงานพัฒนารัฐบาลดิจิทัล");
            assertThat(signature.certificate().subject()).contains("DEMO");
            assertThat(signature.certificate().issuer()).contains("DEMO DGA Standards Root CA");
            assertThat(signature.reason()).isEqualTo("ลงนามประกาศ มสพร. 99-2569");
            assertThat(signature.location()).isEqualTo("กรุงเทพมหานคร");
            assertThat(signature.level()).isEqualTo("PAdES-BASELINE-LT");
            assertThat(signature.intact()).isTrue();
            assertThat(signature.unchangedSinceSigning()).isTrue();
            assertThat(signature.trusted()).isTrue();
            assertThat(signature.indication()).isEqualTo("TOTAL_PASSED");
            assertThat(signature.timestamp()).isNotNull();
            assertThat(signature.timestamp().valid()).isTrue();
            assertThat(signature.timestamp().authority()).isEqualTo("DEMO DGA Standards Timestamp Authority");
            assertThat(signature.timestamp().time()).isBetween(signedAround.minusSeconds(2), signedAround.plus(Duration.ofMinutes(1)));
        });
    }

    @Test
    void oneByteChangedInsideTheSignedRangeMakesItInvalid() {
        Verification verification = demo.verifier().verify(TestPdfs.tampered(signed));

        assertThat(verification.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(verification.signatures()).singleElement().satisfies(signature -> {
            assertThat(signature.intact()).isFalse();
            assertThat(signature.unchangedSinceSigning()).isFalse();
            assertThat(signature.indication()).isEqualTo("TOTAL_FAILED");
        });
    }

    @Test
    void bytesAddedAfterTheSignatureMakeItInvalid() {
        byte[] appended = java.util.Arrays.copyOf(signed, signed.length + 8);
        System.arraycopy("\n% more\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, appended, signed.length, 8);

        Verification verification = demo.verifier().verify(appended);

        assertThat(verification.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(verification.signatures()).singleElement().satisfies(signature -> assertThat(signature.unchangedSinceSigning()).isFalse());
    }

    @Test
    void aCertificateFromAnotherCaIsNotTrusted() {
        TestPki other = TestPki.create(directory.resolve("other-ca"), "Throwaway Test CA", "Someone else as ");
        TestSigner stranger = TestSigner.of(other.settings(null, true, directory.resolve("demo-pki")));
        byte[] signedByStranger = stranger.sign(TestPdfs.onePage(), SigningRole.CHAIRMAN);

        Verification verification = demo.verifier().verify(signedByStranger);

        assertThat(verification.verdict()).isEqualTo(Verdict.NOT_TRUSTED);
        assertThat(verification.signatures()).singleElement().satisfies(signature -> {
            assertThat(signature.intact()).isTrue();
            assertThat(signature.trusted()).isFalse();
            assertThat(signature.certificate().issuer()).contains("Throwaway Test CA");
        });
    }

    @Test
    void aPdfWithoutSignatureSaysSo() {
        Verification verification = demo.verifier().verify(TestPdfs.onePage());

        assertThat(verification.verdict()).isEqualTo(Verdict.NO_SIGNATURE);
        assertThat(verification.signatures()).isEmpty();
        assertThat(verification.summaryThai()).isEqualTo("เอกสารนี้ไม่มีลายมือชื่ออิเล็กทรอนิกส์");
    }

    @Test
    void refusesWhatIsNotAPdf() {
        assertThatThrownBy(() -> demo.verifier().verify("<html>not a pdf</html>".getBytes()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("ไม่ใช่ไฟล์ PDF");
        assertThatThrownBy(() -> demo.verifier().verify(new byte[0]))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("ว่างเปล่า");
    }

    @Test
    void theChairmanSignsWithAKeyOfHisOwn() {
        Verification verification = demo.verifier().verify(demo.sign(TestPdfs.onePage(), SigningRole.CHAIRMAN));

        assertThat(verification.verdict()).isEqualTo(Verdict.VALID);
        assertThat(verification.signatures().get(0).signerName()).isEqualTo("DEMO ประธานกรรมการพัฒนารัฐบาลดิจิทัล");
    }
}
