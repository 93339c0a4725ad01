package th.go.dga.standards.benchmark;

import java.util.Arrays;

/**
 * The times one piece of work took, run after run in one JVM: the first (cold: classes loaded, nothing compiled yet)
 * and the median, 95th percentile and worst of the others, as a line of the tables in {@code docs/benchmarks.md}.
 */
public final class Timings {

    private final String work;
    private final long[] millis;
    private int runs;

    public Timings(String work, int runs) {
        this.work = work;
        this.millis = new long[runs];
    }

    /** Records one run that started at {@code startedNanos} ({@link System#nanoTime()}) and has just ended. */
    public void since(long startedNanos) {
        millis[runs++] = (System.nanoTime() - startedNanos) / 1_000_000;
    }

    public long first() {
        return millis[0];
    }

    public long median() {
        long[] warm = warm();
        return warm[warm.length / 2];
    }

    public long p95() {
        long[] warm = warm();
        return warm[(int) Math.ceil(warm.length * 0.95) - 1];
    }

    public long worst() {
        long[] warm = warm();
        return warm[warm.length - 1];
    }

    /** The header of a table of such lines. */
    public static String header(int runs) {
        return "| work | first | then median / p95 / worst of " + (runs - 1) + " | target |\n|---|---|---|---|";
    }

    /** {@code | sign | 2 099 ms | 55 / 214 / 307 ms | under 1 s |} */
    public String row(String target) {
        return "| %s | %s ms | %s / %s / %s ms | %s |".formatted(work, HeapUse.spaced(first()), HeapUse.spaced(median()), HeapUse.spaced(p95()),
                HeapUse.spaced(worst()), target);
    }

    /** The runs after the first, in order of time. */
    private long[] warm() {
        if (runs < 2) {
            throw new IllegalStateException("no run after the first of " + work);
        }
        long[] warm = Arrays.copyOfRange(millis, 1, runs);
        Arrays.sort(warm);
        return warm;
    }
}
