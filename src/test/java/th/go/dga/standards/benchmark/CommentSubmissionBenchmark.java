package th.go.dga.standards.benchmark;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Public comments sent at fixed rates, stepping up, to the application running in its own JVM on an H2 file
 * database like the embedded default. Prints p50, p99 and p99.9 at each rate and the highest rate sustained with
 * p99 under 50 ms, then counts the stored comments against the accepted answers. Run with
 * {@code mvn -Pbenchmark verify}.
 */
@Tag("benchmark")
class CommentSubmissionBenchmark {

    static final double P99_LIMIT_MILLIS = 50;
    static final Duration STEP = Duration.ofSeconds(Integer.getInteger("benchmark.step.seconds", 10));
    static final int[] RATES = {250, 500, 750, 1000, 1250, 1500, 2000, 2500, 3000};

    @Test
    void submitsCommentsAtRisingRatesAndStoresEachAcceptedOneExactlyOnce() throws Exception {
        try (ServerProcess server = ServerProcess.start(); OpenLoopDriver driver = new OpenLoopDriver()) {
            JdbcClient jdbc = BenchmarkData.jdbc(server);
            long hearingId = BenchmarkData.openHearing(jdbc);
            URI uri = server.uri("/api/hearings/" + hearingId + "/comments");
            String body = new ObjectMapper().writeValueAsString(Map.of("clause", "5.2", "type", "TECHNICAL",
                    "comment", "ควรกำหนดระดับความเชื่อมั่นให้ชัดเจน", "name", "ผู้ทดสอบภาระงาน", "organisation", "กรมตัวอย่าง",
                    "email", "load@example.go.th", "consent", true, "privacyNoticeVersion", "1.0"));

            long accepted = 0;
            for (int warmup : new int[] {100, 200, 400, 600, 800, 400}) {
                accepted += driver.run(warmup, Duration.ofSeconds(5), i -> request(uri, body), 201).ok();
            }
            List<OpenLoopDriver.Step> steps = new ArrayList<>();
            int highestSustained = 0;
            int misses = 0;
            for (int rate : RATES) {
                OpenLoopDriver.Step step = driver.run(rate, STEP, i -> request(uri, body), 201);
                steps.add(step);
                accepted += step.ok();
                System.out.println("comments " + step.line());
                if (step.sustained(P99_LIMIT_MILLIS)) {
                    highestSustained = rate;
                    misses = 0;
                } else if (++misses == 2) {
                    break;
                }
            }

            long stored = jdbc.sql("select count(*) from hearing_comment where hearing_id = :id").param("id", hearingId).query(Long.class).single();
            long keys = jdbc.sql("select count(*) from comment_submission where hearing_id = :id").param("id", hearingId).query(Long.class).single();
            String report = report(steps, highestSustained, accepted, stored);
            System.out.println(report);
            Files.writeString(Path.of("target/benchmark/comments.txt"), report);

            assertThat(stored).as("every accepted comment is stored, once").isEqualTo(accepted);
            assertThat(keys).as("one key per stored comment").isEqualTo(stored);
        }
    }

    private static HttpUriRequestBase request(URI uri, String body) {
        HttpUriRequestBase post = OpenLoopDriver.post(uri, body);
        post.setHeader("Idempotency-Key", UUID.randomUUID().toString());
        return post;
    }

    private static String report(List<OpenLoopDriver.Step> steps, int highestSustained, long accepted, long stored) {
        StringBuilder out = new StringBuilder("Public comments, POST /api/hearings/{id}/comments with an Idempotency-Key, application in its own JVM "
                + "(-Xmx1g, ZGC) on an H2 file database, load driver in another JVM on the same machine, "
                + Runtime.getRuntime().availableProcessors() + " cores, " + STEP.toSeconds() + " s per rate after a 30 s warm-up\n");
        steps.forEach(s -> out.append("  ").append(s.line()).append('\n'));
        out.append("highest rate sustained with p99 <= ").append((int) P99_LIMIT_MILLIS).append(" ms and no error: ").append(highestSustained).append("/s\n");
        out.append("accepted ").append(accepted).append(", stored ").append(stored).append('\n');
        return out.toString();
    }
}
