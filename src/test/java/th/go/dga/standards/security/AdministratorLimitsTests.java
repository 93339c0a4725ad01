package th.go.dga.standards.security;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import th.go.dga.standards.process.PublicHearingProcess;
import th.go.dga.standards.process.StandardLifecycleProcess;
import th.go.dga.standards.registry.StandardKind;
import th.go.dga.standards.support.ApplicationTestSupport;
import th.go.dga.standards.support.BrowserSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an administrator could do through the engine's REST API to get past every limit, tried again: grant
 * themselves rights, deploy a model that runs a command on the server, delete a running lifecycle in a batch, take a
 * member's vote, join the director's group, reset a signer's password, fire a timer early. Each is refused and
 * leaves nothing changed, while what an administrator is for still works.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.generate-unique-process-engine-name=false")
class AdministratorLimitsTests extends ApplicationTestSupport {

    @LocalServerPort
    int port;

    @Autowired AuthorizationService authorizationService;
    @Autowired EngineAuthorizations engineAuthorizations;

    private RestClient http;

    @BeforeEach
    void client() {
        http = RestClient.builder().baseUrl("http://localhost:" + port).requestFactory(new JdkClientHttpRequestFactory()).build();
    }

    @Test
    void cannotGrantThemselvesAnyRight() {
        assertThat(call("admin", HttpMethod.POST, "/engine-rest/authorization/create", Map.of("type", 1, "permissions", List.of("CREATE"),
                "userId", "admin", "resourceType", Resources.DEPLOYMENT.resourceType(), "resourceId", "*"))).startsWith("403");
        assertThat(call("admin", HttpMethod.POST, "/engine-rest/authorization/create", Map.of("type", 1, "permissions", List.of("ALL"),
                "groupId", "admin", "resourceType", Resources.TASK.resourceType(), "resourceId", "*"))).startsWith("403");
        assertThat(authorizationService.createAuthorizationQuery().userIdIn("admin").resourceType(Resources.DEPLOYMENT).count()).isZero();
    }

    @Test
    void cannotDeployAModelThatRunsACommandOnTheServer() {
        String model = """
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                    targetNamespace="t"><process id="escalate" isExecutable="true" camunda:historyTimeToLive="1">
                  <startEvent id="s"/><sequenceFlow id="f1" sourceRef="s" targetRef="run"/>
                  <serviceTask id="run" camunda:expression="${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('touch /tmp/escalated')}"/>
                  <sequenceFlow id="f2" sourceRef="run" targetRef="e"/><endEvent id="e"/></process></definitions>""";
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("deployment-name", "escalate");
        parts.add("data", new ByteArrayResource(model.getBytes()) {
            @Override
            public String getFilename() {
                return "escalate.bpmn";
            }
        });
        int status = http.post().uri("/engine-rest/deployment/create").header(HttpHeaders.AUTHORIZATION, basic("admin"))
                .contentType(MediaType.MULTIPART_FORM_DATA).body(parts).exchange((request, response) -> response.getStatusCode().value());
        assertThat(status).isEqualTo(403);
        assertThat(loggedIn("admin").send("POST", "/camunda/api/engine/engine/default/deployment/create", "{}")).startsWith("403")
                .contains("/problems/forbidden");
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("escalate").count()).isZero();
    }

    @Test
    void cannotDeleteSuspendOrTakeOverARunningLifecycle() {
        String project = steps().register(StandardKind.MSPR, nextNumber(), null);
        steps().draft(project, "1.0");
        String instance = steps().lifecycle(project).getId();
        String vote = steps().voteOf(project, "malee").getId();

        assertThat(call("admin", HttpMethod.POST, "/engine-rest/process-instance/delete",
                Map.of("processInstanceIds", List.of(instance), "deleteReason", "ทดสอบ"))).startsWith("403");
        assertThat(call("admin", HttpMethod.PUT, "/engine-rest/process-instance/" + instance + "/suspended", Map.of("suspended", true)))
                .startsWith("403");
        assertThat(call("admin", HttpMethod.POST, "/engine-rest/task/" + vote + "/assignee", Map.of("userId", "admin"))).startsWith("403");
        assertThat(call("admin", HttpMethod.POST, "/engine-rest/task/" + vote + "/submit-form",
                Map.of("variables", Map.of("decision", Map.of("value", "APPROVE"))))).startsWith("403");

        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).active().count()).isEqualTo(1);
        assertThat(taskService.createTaskQuery().taskId(vote).singleResult().getAssignee()).isEqualTo("malee");
    }

    @Test
    void cannotJoinAGroupThatSignsVotesOrAdministersButManagesTheOthers() {
        for (String group : List.of("director", "dgdc-chair", "dgdc", "drafting-committee", "twg-data")) {
            assertThat(call("admin", HttpMethod.PUT, "/engine-rest/group/" + group + "/members/admin", null)).as(group).startsWith("403");
            assertThat(identityService.createUserQuery().memberOfGroup(group).userId("admin").count()).as(group).isZero();
        }
        for (String group : List.of("admin", "camunda-admin")) {
            assertThat(call("admin", HttpMethod.PUT, "/engine-rest/group/" + group + "/members/anan", null)).as(group).startsWith("403");
        }
        assertThat(call("admin", HttpMethod.PUT, "/engine-rest/group/wg-data/members/anan", null)).startsWith("204");
        assertThat(call("admin", HttpMethod.DELETE, "/engine-rest/group/wg-data/members/anan", null)).startsWith("204");

        assertThat(call("admin", HttpMethod.POST, "/engine-rest/group/create", Map.of("id", "wg-energy", "name", "คณะทำงานด้านพลังงาน", "type", "WORKFLOW")))
                .startsWith("204");
        assertThat(call("admin", HttpMethod.PUT, "/engine-rest/group/wg-energy/members/anan", null)).as("a group made today").startsWith("204");
        assertThat(call("admin", HttpMethod.POST, "/engine-rest/group/create", Map.of("id", "twg-energy", "name", "คณะทำงานเทคนิคด้านพลังงาน", "type", "WORKFLOW")))
                .startsWith("204");
        assertThat(call("admin", HttpMethod.PUT, "/engine-rest/group/twg-energy/members/admin", null)).as("a voting group made today").startsWith("403");
    }

    @Test
    void cannotResetTheLoginOfSomeoneWhoSignsOrVotes() {
        Map<String, Object> credentials = Map.of("password", "a-new-long-passphrase-2569", "authenticatedUserPassword", "demo");
        assertThat(call("admin", HttpMethod.PUT, "/engine-rest/user/supachai/credentials", credentials)).as("the director").startsWith("403");
        assertThat(call("admin", HttpMethod.PUT, "/engine-rest/user/malee/credentials", credentials)).as("a technical member").startsWith("403");
        assertThat(call("admin", HttpMethod.DELETE, "/engine-rest/user/thawatchai", null)).as("the chairman").startsWith("403");
        assertThat(identityService.checkPassword("supachai", "demo")).isTrue();

        assertThat(call("admin", HttpMethod.PUT, "/engine-rest/user/nattaya/credentials", credentials)).as("a working group member").startsWith("204");
        assertThat(identityService.checkPassword("nattaya", "a-new-long-passphrase-2569")).isTrue();
    }

    @Test
    void cannotMakeATimerFireEarlyThroughItsRetries() {
        String project = steps().toScheduling(nextNumber());
        steps().scheduleHearing(project);
        String hearing = runtimeService.createProcessInstanceQuery().superProcessInstanceId(steps().lifecycle(project).getId())
                .processDefinitionKey(PublicHearingProcess.KEY).singleResult().getId();
        Job timer = managementService.createJobQuery().timers().processInstanceId(hearing).list().get(0);
        Instant due = timer.getDuedate().toInstant();

        assertThat(call("admin", HttpMethod.PUT, "/engine-rest/job/" + timer.getId() + "/retries",
                Map.of("retries", 1, "dueDate", "2026-11-26T09:00:00.000+0700"))).startsWith("400").contains("dueDate");
        assertThat(loggedIn("admin").send("PUT", "/camunda/api/engine/engine/default/job/" + timer.getId() + "/retries",
                "{\"retries\":1,\"dueDate\":\"2026-11-26T09:00:00.000+0700\"}")).startsWith("400").contains("dueDate");
        assertThat(call("admin", HttpMethod.POST, "/engine-rest/job/retries", Map.of("retries", 1, "jobIds", List.of(timer.getId()),
                "dueDate", "2026-11-26T09:00:00.000+0700"))).startsWith("400");
        assertThat(call("admin", HttpMethod.PUT, "/engine-rest/job/" + timer.getId() + "/duedate", Map.of("duedate", "2026-11-26T09:00:00.000+0700")))
                .startsWith("403");
        assertThat(managementService.createJobQuery().jobId(timer.getId()).singleResult().getDuedate().toInstant()).isEqualTo(due);
    }

    @Test
    void noOneStartsALifecycleAtALaterStepOrPastItsChecks() {
        Map<String, Object> registration = steps().registration(StandardKind.MSPR, nextNumber(), null);
        Map<String, Object> variables = typedVariables(registration);
        String start = "/engine-rest/process-definition/key/" + StandardLifecycleProcess.KEY;
        long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(StandardLifecycleProcess.KEY).count();

        assertThat(call("somsri", HttpMethod.POST, start + "/start", Map.of("variables", variables,
                "startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", StandardLifecycleProcess.DIRECTOR_SIGNS)))))
                .startsWith("400").contains("startInstructions");
        assertThat(call("somsri", HttpMethod.POST, start + "/start", Map.of("variables", variables, "skipCustomListeners", true)))
                .startsWith("400").contains("skipCustomListeners");
        assertThat(call("somsri", HttpMethod.POST, start + "/submit-form", Map.of("variables", variables, "skipIoMappings", true)))
                .startsWith("400").contains("skipIoMappings");
        assertThat(call("somsri", HttpMethod.POST, "/engine-rest/process-instance/" + "any" + "/modification",
                Map.of("instructions", List.of(Map.of("type", "startBeforeActivity", "activityId", StandardLifecycleProcess.DIRECTOR_SIGNS)))))
                .startsWith("403");

        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(StandardLifecycleProcess.KEY).count()).isEqualTo(before);
        assertThat(call("somsri", HttpMethod.POST, start + "/submit-form", Map.of("variables", variables))).startsWith("200");
    }

    @Test
    void noOneTriesPasswordsThroughTheEngineApi() {
        for (String user : List.of("somsri", "admin")) {
            assertThat(call(user, HttpMethod.POST, "/engine-rest/identity/verify", Map.of("username", "supachai", "password", "demo")))
                    .as(user).startsWith("403").doesNotContain("authenticated");
        }
    }

    @Test
    void cockpitsFiguresAreForThoseWhoMayOpenCockpit() {
        String statistics = "/camunda/api/cockpit/plugin/base/default/process-definition/statistics?firstResult=0&maxResults=50";
        assertThat(loggedIn("anan").send("GET", statistics, null)).startsWith("403");
        assertThat(loggedIn("somsri").send("GET", statistics, null)).startsWith("200");
    }

    @Test
    void aGrantMadeOutsideTheseRulesIsGoneAfterTheNextStart() {
        identityService.setAuthentication(null, null);
        Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setUserId("admin");
        grant.setResource(Resources.DEPLOYMENT);
        grant.setResourceId("*");
        grant.addPermission(Permissions.CREATE);
        authorizationService.saveAuthorization(grant);

        engineAuthorizations.grant();

        assertThat(authorizationService.createAuthorizationQuery().userIdIn("admin").resourceType(Resources.DEPLOYMENT).count()).isZero();
        assertThat(call("admin", HttpMethod.PUT, "/engine-rest/group/wg-data/members/kittipong", null)).startsWith("204");
        identityService.deleteMembership("kittipong", "wg-data");
    }

    /** A browser's session, logged in through the login page, in Tasklist, for the webapps' own API. */
    private Session loggedIn(String user) {
        return new Session(BrowserSession.inTasklist(port, user));
    }

    private record Session(BrowserSession browser) {

        String send(String method, String path, String json) {
            HttpResponse<String> response = browser.send(HttpRequest.newBuilder(browser.uri(path))
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .header("X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN"))
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)).build());
            return response.statusCode() + " " + response.body();
        }
    }

    private Map<String, Object> typedVariables(Map<String, Object> values) {
        Map<String, Object> typed = new java.util.HashMap<>();
        values.forEach((key, value) -> typed.put(key, Map.of("value", value)));
        return typed;
    }

    private String call(String user, HttpMethod method, String path, Object body) {
        RestClient.RequestBodySpec request = http.method(method).uri(path).header(HttpHeaders.AUTHORIZATION, basic(user));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.exchange((req, response) -> response.getStatusCode().value() + " " + new String(response.getBody().readAllBytes()));
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes());
    }
}
