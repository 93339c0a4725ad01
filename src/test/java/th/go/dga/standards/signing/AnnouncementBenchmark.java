package th.go.dga.standards.signing;

import java.net.URI;
import java.nio.file.Files;
import java.time.LocalDate;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import th.go.dga.standards.benchmark.HeapUse;
import th.go.dga.standards.benchmark.Timings;
import th.go.dga.standards.notification.MailSettings;
import th.go.dga.standards.pdf.StandalonePdf;
import th.go.dga.standards.pdf.ThaiPdf;
import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.registry.StandardCode;
import th.go.dga.standards.registry.StandardKind;
import th.go.dga.standards.registry.StandardStatus;
import th.go.dga.standards.signature.PdfSignatures;
import th.go.dga.standards.signature.TestSigner;
import th.go.dga.standards.signature.Verification.Verdict;
import th.go.dga.standards.support.PdfFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the signature of an announcement does to its PDF, 100 times in one JVM: the numbered announcement composed from
 * its facts with the real template (Thai text, Sarabun, the QR code of its verification page, PDF/A), then signed as
 * {@link SignedAnnouncements} signs it (PAdES BASELINE-LT with the demo keys, the director's and the chairman's in
 * turn, and the in-process timestamp authority). Left out: looking up the signer's name and keeping the signed PDF in
 * the database. Prints the first (cold) time and the median, 95th percentile and worst of the others for each step and
 * both, and the heap in use; the target is under 1 s per signed announcement. Run with
 * {@code mvn -Pbenchmark verify -Dtest=AnnouncementBenchmark -Dsurefire.failIfNoSpecifiedTests=false}, in the
 * application's heap with {@code -Dbenchmark.jvm="-Xmx1g -XX:+UseZGC"}.
 */
@Tag("benchmark")
class AnnouncementBenchmark {

    static final int ANNOUNCEMENTS = Integer.getInteger("benchmark.announcements", 100);
    static final LocalDate SIGNED_ON = LocalDate.of(2026, 12, 3);
    static final MailSettings SITE = new MailSettings("standards@dga.or.th", URI.create("https://standard.dga.or.th"), "R5/PT5M", "0 */15 * * * *");

    @Test
    void composesAndSignsAHundredAnnouncements() throws Exception {
        HeapUse heap = HeapUse.start();
        ThaiPdf pdf = StandalonePdf.create();
        TestSigner demo = TestSigner.demo(Files.createTempDirectory("announcement-benchmark").resolve("demo-pki"));
        Timings composing = new Timings("compose the numbered announcement", ANNOUNCEMENTS);
        Timings signing = new Timings("sign it (B-LT, with the timestamp)", ANNOUNCEMENTS);
        Timings both = new Timings("**compose and sign**", ANNOUNCEMENTS);
        byte[] first = null;
        byte[] last = null;
        AnnouncementNumber lastNumber = null;
        for (int i = 1; i <= ANNOUNCEMENTS; i++) {
            Standard standard = standard(i);
            AnnouncementNumber number = new AnnouncementNumber(AnnouncementIssuer.of(standard.kind()), i, 2569);
            Announcement announcement = new Announcement(i, number, "supachai", SIGNED_ON, null, null);
            StandardCode code = StandardCode.signedOn(standard.kind(), standard.number(), standard.part(), SIGNED_ON);

            long started = System.nanoTime();
            AnnouncementDocument document = AnnouncementPdfs.numbered(announcement, standard, code, "นายศุภชัย ตัวอย่าง",
                    SITE.link(AnnouncementPdfs.verifyPath(number)));
            byte[] composed = AnnouncementPdfs.render(pdf, document);
            composing.since(started);
            long signingStarted = System.nanoTime();
            last = demo.signatures().sign(composed, SignedAnnouncements.role(standard.kind()), SignedAnnouncements.reason(document.text()),
                    PdfSignatures.BANGKOK);
            signing.since(signingStarted);
            both.since(started);
            first = first == null ? last : first;
            lastNumber = number;
        }
        HeapUse.Measured used = heap.stop();

        System.out.printf("%d announcements composed and signed, the last %d KiB%n", ANNOUNCEMENTS, last.length / 1024);
        System.out.println(Timings.header(ANNOUNCEMENTS));
        System.out.println(composing.row(""));
        System.out.println(signing.row(""));
        System.out.println(both.row("under 1 s"));
        System.out.println(HeapUse.Measured.header());
        System.out.println(used.row(ANNOUNCEMENTS + " announcements"));
        System.out.printf("allocated per announcement: %d MiB%n", used.allocated() / ANNOUNCEMENTS / (1024 * 1024));
        // what was measured is the announcement, signed: checked as /verify checks it, outside the times
        for (byte[] signed : new byte[][] {first, last}) {
            assertThat(demo.verifier().verify(signed).verdict()).isEqualTo(Verdict.VALID);
        }
        assertThat(PdfFiles.text(last).replace("\n", "")).contains(lastNumber.reference()).contains("ประกาศ ณ วันที่ 3 ธันวาคม พ.ศ. 2569");
        assertThat(PdfFiles.imagesOnFirstPage(last)).as("the QR code of its verification page").isOne();
        assertThat(both.median()).as("median ms to compose and sign an announcement").isLessThan(1000);
        assertThat(used.needed()).as("heap in use after a collection, at most").isLessThan(used.max() / 2);
    }

    /** A standard at its signature, the community's and the government's in turn, with titles of different lengths. */
    private static Standard standard(int i) {
        StandardKind kind = i % 2 == 1 ? StandardKind.MSPR : StandardKind.MRD;
        String title = kind.nameTh() + " ว่าด้วยแนวทางการเชื่อมโยงและแลกเปลี่ยนข้อมูลภาครัฐ"
                + " ส่วนที่ " + i + (i % 3 == 0 ? " การยืนยันตัวตนและการพิสูจน์ตัวตนทางดิจิทัลสำหรับบริการภาครัฐ" : "");
        return new Standard("STD-%05d".formatted(i), kind, i, i % 4 == 0 ? 2 : null, null, title, "Government data exchange, part " + i, "1.0",
                null, "wg-process", "twg-process", StandardStatus.AWAITING_SIGNATURE, null, null, null, null, null, null);
    }
}
