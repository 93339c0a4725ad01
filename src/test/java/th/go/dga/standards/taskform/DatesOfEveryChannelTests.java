package th.go.dga.standards.taskform;

import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import th.go.dga.standards.hearing.HearingService;
import th.go.dga.standards.process.StandardLifecycleProcess;
import th.go.dga.standards.support.ApplicationTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Buddhist-era year typed into a Common-era date field is refused with a Thai message that says what was typed
 * and what was meant, whichever channel the form comes through, and nothing is stored: the secretary who types
 * {@code 12/10/2569} into Tasklist's schedule form does not publish a hearing in 3112.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.generate-unique-process-engine-name=false")
class DatesOfEveryChannelTests extends ApplicationTestSupport {

    @LocalServerPort
    int port;

    @Autowired
    HearingService hearings;

    private RestClient http;

    @BeforeEach
    void client() {
        http = RestClient.builder().baseUrl("http://localhost:" + port).requestFactory(new JdkClientHttpRequestFactory()).build();
    }

    @Test
    void theScheduleFormRefusesABuddhistYearThroughTheEngineApiAndStoresNothing() {
        String project = steps().toScheduling(nextNumber());
        String task = task(project, StandardLifecycleProcess.SCHEDULE_HEARING).getId();

        String answer = post("/engine-rest/task/" + task + "/submit-form", Map.of("variables", Map.of(
                "commentPeriodStart", Map.of("value", "2569-12-10"), "commentPeriodEnd", Map.of("value", "2569-12-31"),
                "meetingStart", Map.of("value", "2569-12-17T13:30:00"), "meetingEnd", Map.of("value", "2569-12-17T15:30:00"),
                "meetingLink", Map.of("value", "https://teams.example.org/hearing"),
                "registrationLink", Map.of("value", "https://forms.example.org/register"),
                "hearingBackground", Map.of("value", "ความเป็นมาของร่าง"))));

        assertThat(answer).startsWith("400").contains("2569-12-10").contains("10 ธันวาคม 2569").contains("2026")
                .as("the message as Tasklist shows it, without the engine's words before it").doesNotContain("Cannot submit task form").doesNotContain("commentPeriodStart:")
                .doesNotContain(task);
        assertThat(hearings.latest(project)).isEmpty();
        assertThat(taskService.createTaskQuery().taskId(task).count()).isEqualTo(1);
    }

    @Test
    void theApplicationsOwnTaskApiRefusesItToo() {
        String project = steps().toScheduling(nextNumber());
        String task = task(project, StandardLifecycleProcess.SCHEDULE_HEARING).getId();
        assertThat(post("/api/tasks/" + task + "/claim", Map.of())).startsWith("2");

        String answer = post("/api/tasks/" + task + "/complete", Map.of("values", Map.of(
                "commentPeriodStart", "2569-12-10", "commentPeriodEnd", "2569-12-31",
                "meetingStart", "2569-12-17T13:30:00+07:00", "meetingEnd", "2569-12-17T15:30:00+07:00",
                "meetingLink", "https://teams.example.org/hearing", "registrationLink", "https://forms.example.org/register",
                "hearingBackground", "ความเป็นมาของร่าง")));

        assertThat(answer).startsWith("422").contains("commentPeriodStart").contains("date.buddhist-year-typed");
        assertThat(hearings.latest(project)).isEmpty();
    }

    private String post(String path, Object body) {
        return http.post().uri(path).header(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder().encodeToString("somsri:demo".getBytes()))
                .contentType(MediaType.APPLICATION_JSON).body(body)
                .exchange((request, response) -> response.getStatusCode().value() + " " + new String(response.getBody().readAllBytes()));
    }
}
