package th.go.dga.standards.e2e;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;

import th.go.dga.standards.hearing.Hearing;
import th.go.dga.standards.hearing.HearingService;
import th.go.dga.standards.registry.StandardStatus;
import th.go.dga.standards.support.ApplicationTestSupport;
import th.go.dga.standards.support.Balancer;
import th.go.dga.standards.support.LifecycleOverHttp;
import th.go.dga.standards.time.BuddhistEra;

import static org.assertj.core.api.Assertions.assertThat;
import static th.go.dga.standards.support.LifecycleOverHttp.json;
import static th.go.dga.standards.support.LifecycleOverHttp.schedule;
import static th.go.dga.standards.support.LifecycleOverHttp.string;

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
    private Balancer node;
    private LifecycleOverHttp steps;

    @BeforeEach
    void client() {
        anonymous = RestClient.builder().baseUrl("http://localhost:" + port + "/engine-rest").build();
        node = new Balancer("http://localhost:" + port);
        steps = new LifecycleOverHttp(node, Duration.ZERO);
    }

    @Test
    void answersAnAnonymousCallerWith401() {
        for (String path : List.of("/task", "/process-definition", "/user", "/deployment")) {
            HttpStatusCode status = anonymous.get().uri(path).exchange((request, response) -> response.getStatusCode());
            assertThat(status.value()).as(path).isEqualTo(401);
        }
        // a wrong password is answered like no password
        HttpStatusCode wrongPassword = anonymous.get().uri("/task").headers(h -> h.setBasicAuth("kittipong", "wrong-password"))
                .exchange((request, response) -> response.getStatusCode());
        assertThat(wrongPassword.value()).isEqualTo(401);
    }

    @Test
    void takesACommunityStandardFromDraftingToPublishedAsEachRole() {
        String id = steps.register(Map.of("titleTh", string("มาตรฐานทดสอบผ่าน REST"), "titleEn", string("Standard over REST"),
                "kind", string("MSPR"), "standardNumber", string("640"), "subjectGroup", string("DIGITAL_PROCESS"),
                "workingGroup", string("wg-process"), "technicalWorkingGroup", string("twg-process")));

        steps.complete(id, "UserTask_PrepareDraft", "anan", Map.of(
                "draftVersionLabel", string("1.0"), "draftDocumentRef", string("https://example.org/draft-1.0.pdf")));
        for (String member : List.of("chaiwat", "malee")) {
            steps.complete(id, "UserTask_CastVote", member, Map.of("decision", string("APPROVE")));
        }
        for (String member : List.of("prasert", "wanida", "somchai", "ratana")) {
            steps.complete(id, "UserTask_CastVote", member, Map.of("decision", string("APPROVE")));
        }

        Map<String, Object> tenDays = schedule("2026-12-01", "2026-12-10", "2026-12-05T13:30:00+07:00", "2026-12-05T15:30:00+07:00");
        LifecycleOverHttp.Submission refused = steps.submit(id, "UserTask_ScheduleHearing", "somsri", tenDays);
        assertThat(refused.status()).isEqualTo(400);
        assertThat((String) refused.body().get("message")).contains("ไม่น้อยกว่า 15 วัน (กรอกไว้ 10 วัน)").doesNotContain("commentPeriodEnd");
        assertThat(registry.get(id).status()).isEqualTo(StandardStatus.COMMITTEE_REVIEW);

        steps.complete(id, "UserTask_ScheduleHearing", "somsri", schedule("2026-12-01", "2026-12-31", "2026-12-10T13:30:00+07:00", "2026-12-10T15:30:00+07:00"));
        Hearing hearing = hearings.latest(id).orElseThrow();
        moveClockAndRunJobs(BuddhistEra.startOfDay(hearing.window().commentPeriodStart()).toInstant());
        assertThat(registry.get(id).status()).isEqualTo(StandardStatus.HEARING_OPEN);
        moveClockAndRunJobs(hearing.window().meetingEnd());
        steps.complete(id, "UserTask_AttachMeetingMaterials", "somsri", Map.of("recordingLink", string("https://example.org/recording")));
        moveClockAndRunJobs(hearing.window().closesAt());

        steps.complete(id, "UserTask_ReviseDraft", "anan", Map.of(
                "comments", json("[]"),
                "revisedVersionLabel", string("1.1"), "revisedDocumentRef", string("https://example.org/draft-1.1.pdf")));
        steps.complete(id, "UserTask_FinalApproval", "prasert", Map.of("finalDecision", string("APPROVE")));
        steps.sign(id, "UserTask_DirectorSigns", "supachai", DEMO_PASSWORD);
        runDueJobs();

        assertThat(registry.get(id).status()).isEqualTo(StandardStatus.PUBLISHED);
        assertThat(registry.get(id).code().format()).isEqualTo("มสพร. 640 : 2570");
        List<?> running = node.send("admin", client -> client.get().uri("/engine-rest/process-instance?businessKey={id}&maxResults=10", id)
                .retrieve().body(List.class));
        assertThat(running).isEmpty();
    }
}
