package th.go.dga.standards.security;

import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import th.go.dga.standards.process.StandardLifecycleProcess;
import th.go.dga.standards.registry.StandardKind;
import th.go.dga.standards.support.ApplicationTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine as a caller of its REST API meets it: no expressions in queries, no unbounded lists, no Java-serialized
 * objects, no JSON naming a class to build, and history that is cleaned up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.generate-unique-process-engine-name=false")
class EngineHardeningTests extends ApplicationTestSupport {

    @LocalServerPort
    int port;

    private RestClient http;

    @BeforeEach
    void client() {
        http = RestClient.builder().baseUrl("http://localhost:" + port + "/engine-rest").requestFactory(new JdkClientHttpRequestFactory()).build();
    }

    @Test
    void queriesRunNoExpressionAndReturnABoundedList() {
        assertThat(post("admin", "/filter/create", Map.of("resourceType", "Task", "name", "ด้วยนิพจน์",
                "query", Map.of("assigneeExpression", "${currentUser()}"))))
                .as("a stored query with an expression").startsWith("400").contains("Expressions are forbidden");
        assertThat(post("admin", "/filter/create", Map.of("resourceType", "Task", "name", "งานที่ยังไม่มีผู้รับ",
                "query", Map.of("unassigned", true)))).startsWith("200");
        assertThat(get("somsri", "/task?assigneeExpression={expression}&maxResults=10", "${currentUser()}")).startsWith("400").contains("Expressions are forbidden");

        assertThat(get("somsri", "/task")).startsWith("400").contains("unbound number of results");
        assertThat(get("somsri", "/task?maxResults=2001")).startsWith("400").contains("Max results limit");
        assertThat(get("somsri", "/task?maxResults=2000")).startsWith("200");
    }

    @Test
    void aValueThatWouldBuildAnObjectIsRefusedAndTheTaskStaysOpen() {
        String project = steps().register(StandardKind.MSPR, 7700, null);
        steps().draft(project, "1.0");
        String vote = steps().voteOf(project, "malee").getId();

        String javaSerialized = Base64.getEncoder().encodeToString(new byte[] {(byte) 0xac, (byte) 0xed, 0, 5, 0x74, 0, 7, 'A', 'P', 'P', 'R', 'O', 'V', 'E'});
        assertThat(post("malee", "/task/" + vote + "/complete", Map.of("variables", Map.of("decision", Map.of("type", "Object",
                "value", javaSerialized, "valueInfo", Map.of("objectTypeName", "java.lang.String",
                        "serializationDataFormat", "application/x-java-serialized-object"))))))
                .as("a Java-serialized object").startsWith("400").contains("Java serialization format is prohibited");
        assertThat(post("malee", "/task/" + vote + "/complete", Map.of("variables", Map.of("decision", Map.of("type", "Object",
                "value", "\"/etc/passwd\"", "valueInfo", Map.of("objectTypeName", "java.io.File",
                        "serializationDataFormat", "application/json"))))))
                .as("JSON naming a class that is not allowed").startsWith("400").contains("java.io.File").contains("not whitelisted");
        assertThat(taskService.createTaskQuery().taskId(vote).count()).isEqualTo(1);

        assertThat(post("malee", "/task/" + vote + "/complete", Map.of("variables", Map.of("decision", Map.of("value", "APPROVE")))))
                .startsWith("204");
    }

    @Test
    void historyIsCleanedUpAtNightOnceItsTimeToLiveHasPassed() {
        assertThat(historyService.findHistoryCleanupJobs()).as("the cleanup is scheduled").isNotEmpty();
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(StandardLifecycleProcess.KEY).latestVersion()
                .singleResult().getHistoryTimeToLive()).isEqualTo(3650);
    }

    private String get(String user, String path, Object... variables) {
        return http.get().uri(path, variables).header(HttpHeaders.AUTHORIZATION, basic(user))
                .exchange((request, response) -> response.getStatusCode().value() + " " + new String(response.getBody().readAllBytes()));
    }

    private String post(String user, String path, Object body) {
        return http.post().uri(path).header(HttpHeaders.AUTHORIZATION, basic(user)).contentType(MediaType.APPLICATION_JSON).body(body)
                .exchange((request, response) -> response.getStatusCode().value() + " " + new String(response.getBody().readAllBytes()));
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes());
    }
}
