package th.go.dga.standards.e2e;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import th.go.dga.standards.hearing.Hearing;
import th.go.dga.standards.hearing.HearingService;
import th.go.dga.standards.registry.StandardStatus;
import th.go.dga.standards.support.ApplicationTestSupport;
import th.go.dga.standards.thai.BuddhistEra;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A community standard from the first draft to publication through the engine REST API alone, each step done by
 * the demo user who holds that role, as Tasklist does it. Only time is moved from inside: the clock, and the jobs
 * that become due, run as the job executor would.
 */
// the engine REST API serves the engine named "default"; the other test contexts give theirs unique names
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.generate-unique-process-engine-name=false")
class CommunityStandardOverHttpTests extends ApplicationTestSupport {

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    HearingService hearings;

    private RestClient anonymous;

    @BeforeEach
    void client() {
        anonymous = RestClient.builder().baseUrl("http://localhost:" + port + "/engine-rest").build();
    }

    @Test
    void answersAnAnonymousCallerWith401() {
        for (String path : List.of("/task", "/process-definition", "/user", "/deployment")) {
            HttpStatusCode status = anonymous.get().uri(path).exchange((request, response) -> response.getStatusCode());
            assertThat(status.value()).as(path).isEqualTo(401);
        }
        // a wrong password is answered like no password
        assertThat(as("kittipong", "wrong-password").get().uri("/task").exchange((request, response) -> response.getStatusCode()).value()).isEqualTo(401);
    }

    @Test
    void takesACommunityStandardFromDraftingToPublishedAsEachRole() {
        String id = startProject();

        complete(id, "UserTask_PrepareDraft", "anan", Map.of(
                "draftVersionLabel", string("1.0"), "draftDocumentRef", string("https://example.org/draft-1.0.pdf")));
        for (String member : List.of("chaiwat", "malee")) {
            complete(id, "UserTask_CastVote", member, Map.of("decision", string("APPROVE")));
        }
        for (String member : List.of("prasert", "wanida", "somchai", "ratana")) {
            complete(id, "UserTask_CastVote", member, Map.of("decision", string("APPROVE")));
        }

        Map<String, Object> tenDays = schedule("2026-12-01", "2026-12-10", "2026-12-05T13:30:00+07:00", "2026-12-05T15:30:00+07:00");
        Map<?, ?> refused = submitExpecting(id, "UserTask_ScheduleHearing", "somsri", tenDays, 400);
        assertThat((String) refused.get("message")).contains("commentPeriodEnd").contains("ไม่น้อยกว่า 15 วัน");
        assertThat(registry.get(id).status()).isEqualTo(StandardStatus.COMMITTEE_REVIEW);

        complete(id, "UserTask_ScheduleHearing", "somsri", schedule("2026-12-01", "2026-12-31", "2026-12-10T13:30:00+07:00", "2026-12-10T15:30:00+07:00"));
        Hearing hearing = hearings.latest(id).orElseThrow();
        moveClockAndRunJobs(BuddhistEra.startOfDay(hearing.window().commentPeriodStart()).toInstant());
        assertThat(registry.get(id).status()).isEqualTo(StandardStatus.HEARING_OPEN);
        moveClockAndRunJobs(hearing.window().meetingEnd());
        complete(id, "UserTask_AttachMeetingMaterials", "somsri", Map.of("recordingLink", string("https://example.org/recording")));
        moveClockAndRunJobs(hearing.window().closesAt());

        complete(id, "UserTask_ReviseDraft", "anan", Map.of(
                "comments", Map.of("value", "[]", "type", "Json"),
                "revisedVersionLabel", string("1.1"), "revisedDocumentRef", string("https://example.org/draft-1.1.pdf")));
        complete(id, "UserTask_FinalApproval", "prasert", Map.of("finalDecision", string("APPROVE")));
        complete(id, "UserTask_DirectorSigns", "supachai", Map.of("signDecision", string("SIGN")));

        assertThat(registry.get(id).status()).isEqualTo(StandardStatus.PUBLISHED);
        assertThat(registry.get(id).code().format()).isEqualTo("มสพร. 640 : 2570");
        List<?> running = as("admin").get().uri("/process-instance?businessKey={id}&maxResults=10", id).retrieve().body(List.class);
        assertThat(running).isEmpty();
    }

    private String startProject() {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("titleTh", string("มาตรฐานทดสอบผ่าน REST"));
        variables.put("titleEn", string("Standard over REST"));
        variables.put("kind", string("MSPR"));
        variables.put("standardNumber", string("640"));
        variables.put("subjectGroup", string("DIGITAL_PROCESS"));
        variables.put("workingGroup", string("wg-process"));
        variables.put("technicalWorkingGroup", string("twg-process"));
        Map<?, ?> instance = as("somsri").post().uri("/process-definition/key/standard-lifecycle/submit-form")
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("variables", variables)).retrieve().body(Map.class);
        return (String) instance.get("businessKey");
    }

    private void complete(String businessKey, String taskKey, String user, Map<String, Object> variables) {
        submitExpecting(businessKey, taskKey, user, variables, 204);
    }

    private Map<?, ?> submitExpecting(String businessKey, String taskKey, String user, Map<String, Object> variables, int status) {
        String taskId = taskOf(businessKey, taskKey, user);
        return as(user).post().uri("/task/{id}/submit-form", taskId).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("variables", variables))
                .exchange((request, response) -> {
                    assertThat(response.getStatusCode().value()).as("%s by %s", taskKey, user).isEqualTo(status);
                    return status == 204 ? Map.of() : response.bodyTo(Map.class);
                });
    }

    /** The user's own task at this step, or a task of one of their groups, which they claim first as in Tasklist. */
    private String taskOf(String businessKey, String taskKey, String user) {
        List<Map<String, Object>> mine = tasks("/task?processInstanceBusinessKey={key}&taskDefinitionKey={task}&assignee={user}&maxResults=10", user,
                businessKey, taskKey, user);
        if (!mine.isEmpty()) {
            return (String) mine.get(0).get("id");
        }
        List<Map<String, Object>> groups = tasks("/task?processInstanceBusinessKey={key}&taskDefinitionKey={task}&candidateUser={user}&maxResults=10", user,
                businessKey, taskKey, user);
        assertThat(groups).as("%s can see %s", user, taskKey).hasSize(1);
        String taskId = (String) groups.get(0).get("id");
        as(user).post().uri("/task/{id}/claim", taskId).contentType(MediaType.APPLICATION_JSON).body(Map.of("userId", user))
                .retrieve().toBodilessEntity();
        return taskId;
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> tasks(String uri, String user, Object... params) {
        return as(user).get().uri(uri, params).retrieve().body(List.class);
    }

    private RestClient as(String user) {
        return as(user, "demo");
    }

    private RestClient as(String user, String password) {
        return RestClient.builder().baseUrl("http://localhost:" + port + "/engine-rest")
                .defaultHeaders(h -> h.setBasicAuth(user, password)).build();
    }

    private Map<String, Object> schedule(String start, String end, String meetingStart, String meetingEnd) {
        return Map.of("commentPeriodStart", string(start), "commentPeriodEnd", string(end),
                "meetingStart", string(meetingStart), "meetingEnd", string(meetingEnd),
                "meetingLink", string("https://teams.example.org/hearing"), "registrationLink", string("https://forms.example.org/register"));
    }

    private static Map<String, Object> string(String value) {
        return Map.of("value", value, "type", "String");
    }

}
