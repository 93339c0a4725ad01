package th.go.dga.standards.draft;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long the server takes to read a 200-page Word draft into its clauses, and to compare two versions of it clause
 * by clause and word by word. Prints the first (cold) time and the median and worst of the next runs; the targets are
 * under 2 s to read and under 1 s to compare. Run with
 * {@code mvn -Pbenchmark verify -Dtest=DraftTextBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class DraftTextBenchmark {

    static final int PAGES = Integer.getInteger("benchmark.draft.pages", 200);
    static final int RUNS = Integer.getInteger("benchmark.draft.runs", 20);

    @Test
    void readsATwoHundredPageDraftAndComparesTwoVersionsOfIt() {
        byte[] docx = DraftDocx.large(PAGES);
        DraftText[] read = new DraftText[1];
        long[] reading = time(() -> read[0] = ClauseReader.read(new ByteArrayInputStream(docx)));
        DraftText older = read[0];
        DraftText newer = revise(older);

        VersionComparison[] compared = new VersionComparison[1];
        long[] comparing = time(() -> compared[0] = VersionComparison.between(older, newer));

        System.out.printf("draft %d pages, %d KiB, %d clauses%n", PAGES, docx.length / 1024, older.clauses().size());
        print("read", reading);
        print("compare", comparing);
        System.out.println("compare " + compared[0].summary());
        assertThat(compared[0].summary().changed()).isPositive();
    }

    /** A tenth of the clauses reworded, one in fifty removed, one in fifty followed by a new clause. */
    private static DraftText revise(DraftText draft) {
        List<Clause> clauses = new ArrayList<>();
        int order = 0;
        for (int i = 0; i < draft.clauses().size(); i++) {
            Clause c = draft.clauses().get(i);
            if (i % 50 == 25) {
                continue;
            }
            String text = i % 10 == 3 ? c.text().replaceFirst("ต้อง", "ควร") + " ทั้งนี้ตามที่คณะกรรมการกำหนด" : c.text();
            clauses.add(new Clause(c.number(), c.heading(), text, ++order));
            if (i % 50 == 40) {
                clauses.add(new Clause(c.number() + ".99", "", "หน่วยงานของรัฐต้องทบทวนข้อกำหนดนี้ทุกสามปี", ++order));
            }
        }
        return new DraftText(draft.preamble(), clauses);
    }

    /** The first run, then the others, in milliseconds. */
    private static long[] time(Runnable work) {
        long[] millis = new long[RUNS + 1];
        for (int i = 0; i <= RUNS; i++) {
            long started = System.nanoTime();
            work.run();
            millis[i] = (System.nanoTime() - started) / 1_000_000;
        }
        return millis;
    }

    private static void print(String what, long[] millis) {
        long[] warm = Arrays.copyOfRange(millis, 1, millis.length);
        Arrays.sort(warm);
        System.out.printf("%s: first %d ms, then median %d ms, worst %d ms over %d runs%n", what, millis[0], warm[warm.length / 2],
                warm[warm.length - 1], warm.length);
    }
}
