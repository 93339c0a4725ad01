package th.go.dga.standards.operations;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import th.go.dga.standards.config.StandardsProperties;
import th.go.dga.standards.support.ApplicationTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The management port as the orchestrator sees it: the probes. The job executor is off, as in every test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OperationsEndpointsTests extends ApplicationTestSupport {

    @LocalServerPort int port;
    @LocalManagementPort int managementPort;
    @Autowired StandardsProperties properties;
    @Autowired ObjectMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

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
    void healthAnswersOnTheManagementPortWithoutLoginAndNotOnThePublicPort() throws Exception {
        for (String path : List.of("/actuator/health", "/actuator/health/readiness", "/actuator/info")) {
            HttpResponse<String> response = get(managementPort, path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Set-Cookie")).as("%s leaves no session or token behind", path).isEmpty();
            assertThat(get(port, path).statusCode()).as("%s on the public port", path).isEqualTo(404);
        }
        assertThat(get(managementPort, "/actuator/env").statusCode()).as("not exposed").isEqualTo(404);
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
