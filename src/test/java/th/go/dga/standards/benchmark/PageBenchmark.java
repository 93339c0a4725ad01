package th.go.dga.standards.benchmark;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public site's busiest pages at fixed rates, stepping up: a hearing's page, and the catalogue searched for a
 * word, each on its own. The application runs in its own JVM on an H2 file database with the demo's published
 * standards. Prints p50, p99 and p99.9 at each rate and the highest rate sustained with p99 under 100 ms; the site
 * must sustain 200 pages a second of each. Run with {@code mvn -Pbenchmark verify}.
 */
@Tag("benchmark")
class PageBenchmark {

    static final double P99_LIMIT_MILLIS = 100;
    static final int REQUIRED_RATE = 200;
    static final Duration STEP = Duration.ofSeconds(Integer.getInteger("benchmark.step.seconds", 10));
    static final int[] RATES = {100, 200, 300, 400, 600, 800, 1000, 1250, 1500, 2000};

    @Test
    void theHearingPageAndTheCatalogueServeTwoHundredPagesASecondWithinTheirLimit() throws Exception {
        try (ServerProcess server = ServerProcess.start(); OpenLoopDriver driver = new OpenLoopDriver()) {
            long hearingId = BenchmarkData.openHearing(BenchmarkData.jdbc(server));
            URI hearing = server.uri("/hearings/" + hearingId);
            URI catalogue = server.uri("/standards?q=%E0%B8%A0%E0%B8%B2%E0%B8%84%E0%B8%A3%E0%B8%B1%E0%B8%90");

            for (int warmup : new int[] {50, 100, 200, 400, 200}) {
                driver.run(warmup, Duration.ofSeconds(5), i -> OpenLoopDriver.get(i % 2 == 0 ? hearing : catalogue), 200);
            }
            StringBuilder report = new StringBuilder("Public pages, GET, application in its own JVM (-Xmx1g, ZGC) on an H2 file database, "
                    + "load driver in another JVM on the same machine, " + Runtime.getRuntime().availableProcessors() + " cores, "
                    + STEP.toSeconds() + " s per rate after a 25 s warm-up\n");
            int hearingSustained = series("hearing page", hearing, driver, report);
            int catalogueSustained = series("catalogue search", catalogue, driver, report);
            System.out.println(report);
            Files.writeString(Path.of("target/benchmark/pages.txt"), report);

            assertThat(hearingSustained).as("hearing page: highest rate with p99 <= %s ms", P99_LIMIT_MILLIS).isGreaterThanOrEqualTo(REQUIRED_RATE);
            assertThat(catalogueSustained).as("catalogue: highest rate with p99 <= %s ms", P99_LIMIT_MILLIS).isGreaterThanOrEqualTo(REQUIRED_RATE);
        }
    }

    private static int series(String name, URI uri, OpenLoopDriver driver, StringBuilder report) throws Exception {
        List<OpenLoopDriver.Step> steps = new ArrayList<>();
        int highestSustained = 0;
        int misses = 0;
        for (int rate : RATES) {
            OpenLoopDriver.Step step = driver.run(rate, STEP, i -> OpenLoopDriver.get(uri), 200);
            steps.add(step);
            System.out.println(name + " " + step.line());
            if (step.sustained(P99_LIMIT_MILLIS)) {
                highestSustained = rate;
                misses = 0;
            } else if (++misses == 2) {
                break;
            }
        }
        report.append(name).append(" (").append(uri.getPath()).append(")\n");
        steps.forEach(s -> report.append("  ").append(s.line()).append('\n'));
        report.append("  highest rate sustained with p99 <= ").append((int) P99_LIMIT_MILLIS).append(" ms and no error: ")
                .append(highestSustained).append("/s\n");
        return highestSustained;
    }
}
