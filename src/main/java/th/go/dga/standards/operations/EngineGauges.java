package th.go.dga.standards.operations;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.ToDoubleFunction;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import th.go.dga.standards.time.EngineTime;

/**
 * What waits in the engine's database, as Prometheus gauges:
 * <ul>
 * <li>{@code camunda_jobs_due}: jobs due, with retries left, that no job executor has locked: the backlog;</li>
 * <li>{@code camunda_jobs_no_retries_left}: jobs that failed as often as their retry cycle allows, each an incident;</li>
 * <li>{@code camunda_incidents_open}: open incidents, of failed jobs or of any other kind;</li>
 * <li>{@code camunda_timers_waiting}: timers not due yet.</li>
 * </ul>
 * The figures are the whole cluster's: every node reports the same. A scrape never waits for the database, which may
 * be what is down: it reads the figures of the last count, and a count starts in the background once they are older
 * than {@link #MAX_AGE}, so that a node counts at most once in that time however often it is scraped. Their age is
 * taken on the engine clock, which a test moves. Before the first count, and after a count that failed, the gauges
 * read NaN.
 */
@Component
class EngineGauges implements MeterBinder, DisposableBean {

    static final Duration MAX_AGE = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger(EngineGauges.class);

    private final ManagementService management;
    private final RuntimeService runtime;
    private final ExecutorService counter = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "engine-gauges");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean counting = new AtomicBoolean();
    private volatile Figures figures = Figures.unknown(Instant.MIN);

    EngineGauges(ManagementService management, RuntimeService runtime) {
        this.management = management;
        this.runtime = runtime;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(registry, "camunda.jobs.due", "Jobs due, with retries left, not locked by a job executor", Figures::due);
        gauge(registry, "camunda.jobs.no.retries.left", "Jobs that failed as often as their retry cycle allows", Figures::noRetriesLeft);
        gauge(registry, "camunda.incidents.open", "Open incidents", Figures::incidents);
        gauge(registry, "camunda.timers.waiting", "Timers not due yet", Figures::timersWaiting);
    }

    private void gauge(MeterRegistry registry, String name, String description, ToDoubleFunction<Figures> figure) {
        Gauge.builder(name, this, gauges -> figure.applyAsDouble(gauges.current())).description(description).register(registry);
    }

    /** The figures of the last count; a new count starts when they are old. */
    Figures current() {
        Figures last = figures;
        Instant now = EngineTime.now();
        if (last.isOlderThan(MAX_AGE, now) && counting.compareAndSet(false, true)) {
            try {
                counter.execute(() -> count(now));
            } catch (RejectedExecutionException closing) {
                counting.set(false);
            }
        }
        return last;
    }

    // the counting thread acts as no user, so the engine's authorizations leave every job and incident in the counts
    private void count(Instant now) {
        try {
            long due = management.createJobQuery().executable().active().count();
            long dueAndLocked = management.createJobQuery().executable().active().acquired().count();
            figures = new Figures(now, Math.max(0, due - dueAndLocked), management.createJobQuery().noRetriesLeft().count(),
                    runtime.createIncidentQuery().count(), management.createJobQuery().timers().duedateHigherThan(Date.from(now)).count());
        } catch (RuntimeException e) {
            log.warn("Could not count the engine's jobs and incidents: {}", e.toString());
            figures = Figures.unknown(now);
        } finally {
            counting.set(false);
        }
    }

    @Override
    public void destroy() {
        counter.shutdownNow();
    }

    record Figures(Instant countedAt, double due, double noRetriesLeft, double incidents, double timersWaiting) {

        static Figures unknown(Instant at) {
            return new Figures(at, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }

        /** Also when the clock has gone back past the count, as a test's engine clock does. */
        boolean isOlderThan(Duration age, Instant now) {
            return now.isBefore(countedAt) || !now.isBefore(countedAt.plus(age));
        }
    }
}
