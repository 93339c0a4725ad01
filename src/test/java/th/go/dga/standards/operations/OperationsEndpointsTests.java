package th.go.dga.standards.operations;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import th.go.dga.standards.config.StandardsProperties;
import th.go.dga.standards.support.ApplicationTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The management port as the orchestrator and Prometheus see it: the probes, and the engine's counters and gauges
 * after jobs have run. The engine counts its events only with its metrics on, as in production; the job executor is
 * off, as in every test, and the test runs the jobs. Spring Boot's tests export no metrics unless asked to.
 */
@AutoConfigureObservability(tracing = false)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "camunda.bpm.metrics.enabled=true")
class OperationsEndpointsTests extends ApplicationTestSupport {

    /** A step run as a job; it fails, once and for all, when the variable {@code fail} is true. */
    private static final String WORK = "operations-test-work";
    /** A timer of an hour. */
    private static final String WAIT = "operations-test-wait";
    private static final Pattern LABELS = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    @LocalServerPort int port;
    @LocalManagementPort int managementPort;
    @Autowired StandardsProperties properties;
    @Autowired EngineGauges gauges;
    @Autowired ObjectMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void deployTheTestProcesses() {
        if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(WORK).count() > 0) {
            return;
        }
        repositoryService.createDeployment().name("operations tests")
                .addModelInstance(WORK + ".bpmn", Bpmn.createExecutableProcess(WORK).camundaHistoryTimeToLive(1)
                        .startEvent()
                        .serviceTask("ServiceTask_Work").camundaAsyncBefore().camundaFailedJobRetryTimeCycle("R1/PT1M")
                        .camundaExpression("${fail ? execution.noSuchMethod() : fail}")
                        .endEvent().done())
                .addModelInstance(WAIT + ".bpmn", Bpmn.createExecutableProcess(WAIT).camundaHistoryTimeToLive(1)
                        .startEvent().intermediateCatchEvent("Timer_Hour").timerWithDuration("PT1H").endEvent().done())
                .deploy();
    }

    @Test
    void livenessLeavesTheDatabaseOutAndReadinessTakesDatabaseJobExecutorAndDocuments() throws Exception {
        JsonNode liveness = health("/actuator/health/liveness", 200);
        assertThat(liveness.path("status").asText()).isEqualTo("UP");
        assertThat(names(liveness.path("components"))).containsExactly("livenessState");

        JsonNode readiness = health("/actuator/health/readiness", 200);
        assertThat(readiness.path("status").asText()).isEqualTo("UP");
        assertThat(names(readiness.path("components"))).containsExactlyInAnyOrder("readinessState", "db", "jobExecutor", "documents");
        readiness.path("components").forEach(component -> assertThat(component.path("status").asText()).isEqualTo("UP"));
        assertThat(readiness.at("/components/jobExecutor/details/enabled").asBoolean(true)).as("no job executor in the tests").isFalse();
        assertThat(readiness.at("/components/documents/details/directory").asText())
                .isEqualTo(properties.documents().directory().toAbsolutePath().normalize().toString());
    }

    @Test
    void aNodeThatLostTheDocumentsVolumeLeavesTheBalancerAndIsNotRestarted() throws Exception {
        Path directory = properties.documents().directory().toAbsolutePath().normalize();
        Path away = directory.resolveSibling(directory.getFileName() + "-unmounted");
        Files.move(directory, away);
        try {
            JsonNode readiness = health("/actuator/health/readiness", 503);
            assertThat(readiness.path("status").asText()).isEqualTo("DOWN");
            assertThat(readiness.at("/components/documents/status").asText()).isEqualTo("DOWN");
            assertThat(readiness.at("/components/db/status").asText()).isEqualTo("UP");
            assertThat(health("/actuator/health/liveness", 200).path("status").asText()).isEqualTo("UP");
        } finally {
            Files.move(away, directory);
        }
        assertThat(health("/actuator/health/readiness", 200).path("status").asText()).as("the volume is back").isEqualTo("UP");
    }

    @Test
    void healthAndMetricsAnswerOnTheManagementPortWithoutLoginAndNotOnThePublicPort() throws Exception {
        for (String path : List.of("/actuator/health", "/actuator/health/readiness", "/actuator/prometheus", "/actuator/info")) {
            HttpResponse<String> response = get(managementPort, path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Set-Cookie")).as("%s leaves no session or token behind", path).isEmpty();
            assertThat(get(port, path).statusCode()).as("%s on the public port", path).isEqualTo(404);
        }
        assertThat(get(managementPort, "/actuator/env").statusCode()).as("not exposed").isEqualTo(404);
    }

    @Test
    void eachJobRunCountsOnceAsSuccessfulOrFailed() throws Exception {
        String succeeding = runtimeService.startProcessInstanceByKey(WORK, Map.of("fail", false)).getId();
        String failing = runtimeService.startProcessInstanceByKey(WORK, Map.of("fail", true)).getId();
        Map<String, Double> before = events();
        assertThat(before).as("each of the engine's meters is there from the start")
                .containsEntry("job-acquisition-attempt", 0.0).containsKeys("job-successful", "job-failed", "job-acquired-success", "activity-instance-start");

        managementService.executeJob(job(succeeding).getId());
        assertThatThrownBy(() -> managementService.executeJob(job(failing).getId())).hasMessageContaining("noSuchMethod");

        Map<String, Double> after = events();
        assertThat(after.get("job-successful")).isEqualTo(before.get("job-successful") + 1);
        assertThat(after.get("job-failed")).isEqualTo(before.get("job-failed") + 1);
    }

    @Test
    void gaugesShowTheBacklogJobsOutOfRetriesIncidentsAndWaitingTimers() throws Exception {
        Map<String, Double> before = gaugesCountedAt(now().plus(EngineGauges.MAX_AGE));

        runtimeService.startProcessInstanceByKey(WORK, Map.of("fail", false));
        runtimeService.startProcessInstanceByKey(WORK, Map.of("fail", false));
        String failing = runtimeService.startProcessInstanceByKey(WORK, Map.of("fail", true)).getId();
        assertThatThrownBy(() -> managementService.executeJob(job(failing).getId()));
        runtimeService.startProcessInstanceByKey(WAIT);

        Map<String, Double> after = gaugesCountedAt(now().plus(EngineGauges.MAX_AGE));
        assertThat(after.get("camunda_jobs_due")).as("two steps wait for the job executor").isEqualTo(before.get("camunda_jobs_due") + 2);
        assertThat(after.get("camunda_jobs_no_retries_left")).isEqualTo(before.get("camunda_jobs_no_retries_left") + 1);
        assertThat(after.get("camunda_incidents_open")).isEqualTo(before.get("camunda_incidents_open") + 1);
        assertThat(after.get("camunda_timers_waiting")).isEqualTo(before.get("camunda_timers_waiting") + 1);

        moveClockTo(now().plus(Duration.ofHours(2)));
        runDueJobs();
        Map<String, Double> done = gaugesCountedAt(now().plus(EngineGauges.MAX_AGE));
        assertThat(done.get("camunda_jobs_due")).as("the backlog run").isEqualTo(before.get("camunda_jobs_due"));
        assertThat(done.get("camunda_timers_waiting")).as("the timer fired").isEqualTo(before.get("camunda_timers_waiting"));
        assertThat(done.get("camunda_incidents_open")).as("until someone resolves it").isEqualTo(after.get("camunda_incidents_open"));
    }

    /** The gauges of a scrape, once the engine's figures have been counted at {@code moment} on the engine clock. */
    private Map<String, Double> gaugesCountedAt(Instant moment) throws Exception {
        moveClockTo(moment);
        await().atMost(Duration.ofSeconds(20)).until(() -> gauges.current().countedAt(), countedAt -> !countedAt.isBefore(moment));
        String scrape = scrape();
        Map<String, Double> values = new HashMap<>();
        for (String gauge : List.of("camunda_jobs_due", "camunda_jobs_no_retries_left", "camunda_incidents_open", "camunda_timers_waiting")) {
            values.put(gauge, series(scrape, gauge, "application").get("dga-standards-workflow"));
        }
        assertThat(values).as("gauges in %s", scrape).doesNotContainValue(null);
        return values;
    }

    /** {@code camunda_engine_events_total} of each event. */
    private Map<String, Double> events() throws Exception {
        return series(scrape(), "camunda_engine_events_total", "event");
    }

    private String scrape() throws Exception {
        HttpResponse<String> response = get(managementPort, "/actuator/prometheus");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** The value of each series of {@code metric} in a Prometheus text scrape, by its {@code label}. */
    private static Map<String, Double> series(String scrape, String metric, String label) {
        Map<String, Double> values = new HashMap<>();
        for (String line : scrape.split("\n")) {
            if (!line.startsWith(metric + "{")) {
                continue;
            }
            Matcher labels = LABELS.matcher(line.substring(0, line.indexOf('}')));
            while (labels.find()) {
                if (labels.group(1).equals(label)) {
                    values.put(labels.group(2), Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)));
                }
            }
        }
        return values;
    }

    private Job job(String processInstanceId) {
        return managementService.createJobQuery().processInstanceId(processInstanceId).singleResult();
    }

    private JsonNode health(String path, int status) throws Exception {
        HttpResponse<String> response = get(managementPort, path);
        assertThat(response.statusCode()).as("%s: %s", path, response.body()).isEqualTo(status);
        return json.readTree(response.body());
    }

    private static List<String> names(JsonNode components) {
        List<String> names = new ArrayList<>();
        components.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private HttpResponse<String> get(int toPort, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + toPort + path)).header("Accept", "text/plain, application/json").build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
