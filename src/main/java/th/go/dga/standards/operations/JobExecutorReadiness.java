package th.go.dga.standards.operations;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The job executor's part in readiness, the health component {@code jobExecutor}.
 * <p>
 * With the job executor on ({@code camunda.bpm.job-execution.enabled}, the default), Camunda's own indicator of that
 * name answers: UP while the executor runs, DOWN before it has started and once it has stopped. A node started with
 * the executor off (the tests, which run jobs themselves, or a node kept for the web only) has no executor and no such
 * indicator; this one takes its place and says UP with {@code enabled: false}: such a node serves requests as well as
 * any, and leaves the jobs to the nodes that run them. Should no node run jobs, the backlog gauge
 * ({@code camunda_jobs_due}) grows.
 */
@Configuration(proxyBeanMethods = false)
class JobExecutorReadiness {

    /** Named as Camunda's indicator, which exists only when this one does not. */
    @Bean
    @ConditionalOnProperty(prefix = "camunda.bpm.job-execution", name = "enabled", havingValue = "false")
    HealthIndicator jobExecutorHealthIndicator() {
        return () -> Health.up().withDetail("enabled", false).build();
    }
}
