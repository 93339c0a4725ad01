package th.go.dga.standards.operations;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.spring.boot.starter.CamundaBpmActuatorConfiguration;
import org.camunda.bpm.spring.boot.starter.actuator.JobExecutorHealthIndicator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The health component {@code jobExecutor} that readiness includes, with the job executor on as in production and
 * off as in the tests: Camunda's indicator and ours never both exist, and one of them always does.
 */
class JobExecutorReadinessTests {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            // what Camunda's configuration of its indicators waits for
            .withBean(ProcessEngine.class, () -> mock(ProcessEngine.class))
            .withBean("runtimeService", RuntimeService.class, () -> mock(RuntimeService.class))
            .withUserConfiguration(JobExecutorReadiness.class, CamundaBpmActuatorConfiguration.class);

    @Test
    void withTheJobExecutorOnANodeIsReadyOnlyWhileItRuns() {
        context.withPropertyValues("camunda.bpm.job-execution.enabled=true")
                .withBean("jobExecutor", JobExecutor.class, JobExecutorReadinessTests::withoutThreads)
                .run(beans -> {
                    HealthIndicator indicator = beans.getBean("jobExecutorHealthIndicator", HealthIndicator.class);
                    assertThat(indicator).isInstanceOf(JobExecutorHealthIndicator.class);
                    Health notStarted = indicator.health();
                    assertThat(notStarted.getStatus()).isEqualTo(Status.DOWN);
                    assertThat(notStarted.getDetails()).as("the executor's own details, not an error").containsKey("jobExecutor");
                    JobExecutor executor = beans.getBean(JobExecutor.class);
                    executor.start();
                    try {
                        assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
                    } finally {
                        executor.shutdown();
                    }
                    assertThat(indicator.health().getStatus()).as("stopped").isEqualTo(Status.DOWN);
                });
    }

    /** A job executor of one engine that starts and stops without acquiring or running anything. */
    private static JobExecutor withoutThreads() {
        JobExecutor executor = new JobExecutor() {
            @Override
            protected void startExecutingJobs() {
            }

            @Override
            protected void stopExecutingJobs() {
            }

            @Override
            public void executeJobs(List<String> jobIds, ProcessEngineImpl processEngine) {
            }
        };
        ProcessEngineImpl engine = mock(ProcessEngineImpl.class);
        when(engine.getName()).thenReturn("default");
        executor.registerProcessEngine(engine);
        return executor;
    }

    @Test
    void withTheJobExecutorOffANodeIsReadyAndSaysItRunsNoJobs() {
        context.withPropertyValues("camunda.bpm.job-execution.enabled=false").run(beans -> {
            assertThat(beans).doesNotHaveBean(JobExecutor.class);
            Health health = beans.getBean("jobExecutorHealthIndicator", HealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("enabled", false);
        });
    }
}
