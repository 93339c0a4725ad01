package th.go.dga.standards.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * Sends requests at a fixed rate whatever the answers: request i is due at {@code start + i / rate}, and its
 * latency is measured from that moment, not from when a worker got round to sending it. A server that falls behind
 * shows it in the latencies (no coordinated omission). Blocking HTTP/1.1 with kept-alive connections, so that the
 * driver spends little of the CPU it shares with the server.
 */
final class OpenLoopDriver implements AutoCloseable {

    /** What one step at one rate gave. */
    record Step(int rate, int sent, int ok, int failed, double p50, double p95, double p99, double p999, double max, double achievedRate) {

        /** The rate is sustained when every request was answered well, fast enough, and the server kept pace. */
        boolean sustained(double p99LimitMillis) {
            return failed == 0 && ok == sent && p99 <= p99LimitMillis && achievedRate >= 0.97 * rate;
        }

        String line() {
            return "%6d/s  sent %6d  ok %6d  failed %4d  p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms  p99.9 %7.2f ms  max %8.2f ms  achieved %7.1f/s"
                    .formatted(rate, sent, ok, failed, p50, p95, p99, p999, max, achievedRate);
        }
    }

    private static final int WORKERS = 64;

    private final CloseableHttpClient client = HttpClients.custom()
            .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                    .setMaxConnTotal(WORKERS).setMaxConnPerRoute(WORKERS)
                    .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(Timeout.ofSeconds(5)).build())
                    .build())
            .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(Timeout.ofSeconds(30)).build())
            .disableAutomaticRetries()
            .build();
    private final ExecutorService workers = Executors.newFixedThreadPool(WORKERS);

    /**
     * @param request  the i-th request of the step
     * @param okStatus the status of a good answer
     */
    Step run(int rate, Duration duration, IntFunction<HttpUriRequestBase> request, int okStatus) throws Exception {
        int total = (int) (rate * duration.toMillis() / 1000);
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        Histogram latencies = new ConcurrentHistogram(TimeUnit.SECONDS.toNanos(60), 3);
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicLong next = new AtomicLong();
        AtomicLong lastAnswer = new AtomicLong();
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < WORKERS; w++) {
            running.add(workers.submit(() -> {
                for (long i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    long due = start + i * interval;
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        LockSupport.parkNanos(wait);
                    }
                    boolean good;
                    try {
                        good = client.execute(request.apply((int) i), response -> {
                            EntityUtils.consume(response.getEntity());
                            return response.getCode() == okStatus;
                        });
                    } catch (IOException | UncheckedIOException e) {
                        good = false;
                    }
                    long now = System.nanoTime();
                    latencies.recordValue(Math.max(0, now - due));
                    lastAnswer.accumulateAndGet(now, Math::max);
                    (good ? ok : failed).incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> worker : running) {
            worker.get();
        }
        double seconds = (lastAnswer.get() - start) / 1e9;
        return new Step(rate, total, ok.get(), failed.get(), millis(latencies.getValueAtPercentile(50)), millis(latencies.getValueAtPercentile(95)),
                millis(latencies.getValueAtPercentile(99)),
                millis(latencies.getValueAtPercentile(99.9)), millis(latencies.getMaxValue()), seconds <= 0 ? 0 : ok.get() / seconds);
    }

    static HttpUriRequestBase post(URI uri, String json) {
        HttpUriRequestBase post = new HttpUriRequestBase("POST", uri);
        post.setEntity(new StringEntity(json, ContentType.APPLICATION_JSON));
        return post;
    }

    static HttpUriRequestBase get(URI uri) {
        return new HttpUriRequestBase("GET", uri);
    }

    @Override
    public void close() throws IOException {
        workers.shutdownNow();
        client.close();
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
