package th.go.dga.standards.signature;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

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
        long[] signing = new long[DOCUMENTS];
        long[] checking = new long[DOCUMENTS];
        for (int i = 0; i < DOCUMENTS; i++) {
            byte[] pdf = TestPdfs.onePage("Announcement " + i + " of the Digital Government Development Agency");
            long started = System.nanoTime();
            byte[] signed = demo.sign(pdf, i % 2 == 0 ? SigningRole.DIRECTOR : SigningRole.CHAIRMAN);
            signing[i] = (System.nanoTime() - started) / 1_000_000;
            started = System.nanoTime();
            Verification verification = demo.verifier().verify(signed);
            checking[i] = (System.nanoTime() - started) / 1_000_000;
            assertThat(verification.verdict()).isEqualTo(Verdict.VALID);
        }
        print("sign", signing);
        print("check", checking);
        long[] warm = Arrays.copyOfRange(signing, 1, signing.length);
        Arrays.sort(warm);
        assertThat(warm[warm.length / 2]).as("median signature in ms").isLessThan(1000);
    }

    private static void print(String what, long[] millis) {
        long[] warm = Arrays.copyOfRange(millis, 1, millis.length);
        Arrays.sort(warm);
        System.out.printf("%s: first %d ms, then median %d ms, p95 %d ms, worst %d ms over %d documents%n", what, millis[0],
                warm[warm.length / 2], warm[(int) Math.ceil(warm.length * 0.95) - 1], warm[warm.length - 1], warm.length);
    }
}
