package th.go.dga.standards.signature;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import th.go.dga.standards.benchmark.Timings;
import th.go.dga.standards.signature.Verification.Verdict;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long a PAdES signature takes with the demo keys and the in-process timestamp authority (BASELINE-LT: the
 * timestamp and the demo CA's revocation list included), and how long its check takes, over 100 one-page PDFs.
 * Prints the first (cold) time and the median, 95th percentile and worst of the others; the target is under 1 s per
 * signature. Run with {@code mvn -Pbenchmark verify -Dtest=SignatureBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class SignatureBenchmark {

    static final int DOCUMENTS = Integer.getInteger("benchmark.signature.documents", 100);

    @Test
    void signsAndChecksAHundredAnnouncements() throws Exception {
        Path directory = Files.createTempDirectory("signature-benchmark");
        TestSigner demo = TestSigner.demo(directory.resolve("demo-pki"));
        Timings signing = new Timings("sign (B-LT, with the timestamp)", DOCUMENTS);
        Timings checking = new Timings("check the signed PDF", DOCUMENTS);
        for (int i = 0; i < DOCUMENTS; i++) {
            byte[] pdf = TestPdfs.onePage("Announcement " + i + " of the Digital Government Development Agency");
            long started = System.nanoTime();
            byte[] signed = demo.sign(pdf, i % 2 == 0 ? SigningRole.DIRECTOR : SigningRole.CHAIRMAN);
            signing.since(started);
            started = System.nanoTime();
            Verification verification = demo.verifier().verify(signed);
            checking.since(started);
            assertThat(verification.verdict()).isEqualTo(Verdict.VALID);
        }
        System.out.println(Timings.header(DOCUMENTS));
        System.out.println(signing.row("under 1 s"));
        System.out.println(checking.row(""));
        assertThat(signing.median()).as("median signature in ms").isLessThan(1000);
    }
}
