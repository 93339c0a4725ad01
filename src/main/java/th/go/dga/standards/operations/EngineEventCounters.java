package th.go.dga.standards.operations;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.metrics.MetricsRegistry;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The engine's own counts of what it does, as Prometheus counters: {@code camunda_engine_events_total} with the
 * engine's name of the event ({@code org.camunda.bpm.engine.management.Metrics}) in the label {@code event}, for
 * example {@code event="job-successful"}, {@code "job-failed"}, {@code "job-acquisition-attempt"} or
 * {@code "activity-instance-start"}.
 * <p>
 * The engine keeps its counts in memory and moves them to its database every few minutes, starting again from zero,
 * so they cannot be read as counters. Every count goes through {@link MetricsRegistry#markOccurrence(String, long)},
 * so a registry that also counts in Micrometer sees each event once, on the node where it happened; the counters only
 * go up from the node's start, as Prometheus' {@code rate()} expects. The engine counts nothing with
 * {@code camunda.bpm.metrics.enabled: false}.
 */
@Component
class EngineEventCounters extends AbstractProcessEnginePlugin {

    static final String NAME = "camunda.engine.events";
    static final String EVENT = "event";

    private final MeterRegistry meters;

    EngineEventCounters(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // the engine makes a registry of its own only when none has been set (initMetrics)
        configuration.setMetricsRegistry(new CountingRegistry(meters));
    }

    /** The engine's registry, which also counts every occurrence in a Micrometer counter. */
    static final class CountingRegistry extends MetricsRegistry {

        private final MeterRegistry meters;
        private final Map<String, Counter> counters = new ConcurrentHashMap<>();

        CountingRegistry(MeterRegistry meters) {
            this.meters = meters;
        }

        // each of the engine's meters has its counter from the start, at zero: an alert sees it before the first event

        @Override
        public void createMeter(String name) {
            super.createMeter(name);
            counter(name);
        }

        @Override
        public void createDbMeter(String name) {
            super.createDbMeter(name);
            counter(name);
        }

        @Override
        public void markOccurrence(String name, long times) {
            super.markOccurrence(name, times);
            counter(name).increment(times);
        }

        private Counter counter(String name) {
            return counters.computeIfAbsent(name, event -> Counter.builder(NAME).tag(EVENT, event)
                    .description("What the process engine did on this node since it started, by the engine's name of the event")
                    .register(meters));
        }
    }
}
