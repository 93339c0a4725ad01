package th.go.dga.standards.privacy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

import com.fasterxml.jackson.databind.JsonNode;

import th.go.dga.standards.hearing.Comment;
import th.go.dga.standards.hearing.CommentService;
import th.go.dga.standards.hearing.Disposition;
import th.go.dga.standards.hearing.Hearing;
import th.go.dga.standards.hearing.MeetingRegistrations;
import th.go.dga.standards.lifecycle.WithdrawalService;
import th.go.dga.standards.notification.Notifications;
import th.go.dga.standards.process.StandardLifecycleProcess;
import th.go.dga.standards.registry.StandardKind;
import th.go.dga.standards.subscription.Stakeholders;
import th.go.dga.standards.subscription.Subscriptions;
import th.go.dga.standards.support.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A commenter asks what the system holds about them, then to be erased; the secretariat answers through the API.
 */
// what is left in the engine's history is read through the engine REST API, which serves the engine named "default";
// the other test contexts give theirs unique names
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.generate-unique-process-engine-name=false")
class PersonalDataApiTests extends ApiTestSupport {

    private static final AtomicInteger NUMBERS = new AtomicInteger(7500);
    private static final String EMAIL = "narissara@example.go.th";
    private static final String NAME = "นริศรา ขอลบข้อมูล";

    @Autowired CommentService comments;
    @Autowired MeetingRegistrations registrations;
    @Autowired WithdrawalService withdrawals;
    @Autowired JdbcClient jdbc;
    @Autowired Subscriptions subscriptions;
    @Autowired Stakeholders stakeholders;
    @Autowired Notifications notifications;
    @LocalServerPort int port;

    @Test
    void exportsThenErasesAPersonWhoseCommentsStayWithoutTheirName() throws Exception {
        // a project withdrawn after its hearing, whose process has ended, and one still running
        String ended = steps().register(StandardKind.MSPR, NUMBERS.incrementAndGet(), null);
        String running = steps().register(StandardKind.MSPR, NUMBERS.incrementAndGet(), null);
        Hearing first = hearings.open(scheduledHearing(ended).id());
        Hearing second = hearings.open(scheduledHearing(running).id());

        Map<String, Object> theirComment = publicComment("ควรมีตัวอย่างการใช้งาน");
        theirComment.put("name", NAME);
        theirComment.put("email", EMAIL);
        long theirs = commentId(send(first.id(), theirComment));
        Map<String, Object> someoneElse = publicComment("ควรแก้คำผิด");
        someoneElse.put("name", "ผู้อื่น");
        someoneElse.put("email", "other@example.go.th");
        long others = commentId(send(first.id(), someoneElse));
        mvc.perform(post("/api/hearings/{id}/registrations", second.id()).contentType(MediaType.APPLICATION_JSON).content(body(Map.of(
                "name", NAME, "email", "Narissara@Example.go.th", "consent", true, "privacyNoticeVersion", "1.0"))))
                .andExpect(status().isCreated());
        // someone typed the commenter's address into a step of each project, and noted it on the running one and its step
        String runningProcess = steps().lifecycle(running).getId();
        String runningTask = task(running, StandardLifecycleProcess.PREPARE_DRAFT).getId();
        runtimeService.setVariable(steps().lifecycle(ended).getId(), "hearingBackground", "สอบถามคุณนริศราได้ที่ " + EMAIL.toUpperCase());
        runtimeService.setVariable(runningProcess, "hearingBackground", "ติดต่อ " + EMAIL);
        taskService.createComment(runningTask, null, "ถามคุณนริศราที่ " + EMAIL);
        taskService.createComment(null, runningProcess, "ผู้ให้ความเห็น: " + NAME);
        withdrawals.request(ended, "ยุติโครงการ");

        JsonNode export = personal("export", "  NARISSARA@example.go.th ");
        assertThat(export.path("comments")).hasSize(1);
        assertThat(export.path("comments").get(0).path("comment").asText()).isEqualTo("ควรมีตัวอย่างการใช้งาน");
        assertThat(export.path("comments").get(0).path("name").asText()).isEqualTo(NAME);
        assertThat(export.path("registrations")).hasSize(1);
        assertThat(export.path("engineRecords").findValuesAsText("businessKey")).containsExactlyInAnyOrder(ended, running, running, running);
        assertThat(export.path("engineRecords").findValuesAsText("place")).containsExactlyInAnyOrder("VARIABLE", "VARIABLE", "COMMENT", "COMMENT");

        JsonNode erasure = personal("erasure", EMAIL);
        assertThat(erasure.path("commentsAnonymised").asInt()).isEqualTo(1);
        assertThat(erasure.path("registrationsRemoved").asInt()).isEqualTo(1);
        assertThat(erasure.path("engineRecordsDeleted").asInt()).as("the ended project's variable and both notes").isEqualTo(3);
        assertThat(erasure.path("keptByRunningProcesses").findValuesAsText("businessKey")).containsExactly(running);
        assertThat(erasure.path("keptByRunningProcesses").findValuesAsText("variable")).containsExactly("hearingBackground");

        Comment anonymised = comments.get(theirs);
        assertThat(anonymised.name()).isNull();
        assertThat(anonymised.email()).isNull();
        assertThat(anonymised.organisation()).isNull();
        assertThat(anonymised.commentText()).isEqualTo("ควรมีตัวอย่างการใช้งาน");
        assertThat(comments.get(others).email()).isEqualTo("other@example.go.th");
        assertThat(registrations.forHearing(second.id())).isEmpty();
        mvc.perform(get("/api/hearings/{id}/comments/export.csv", first.id()).with(as("somsri"))).andExpect(status().isOk());

        JsonNode after = personal("export", EMAIL);
        assertThat(after.path("comments")).isEmpty();
        assertThat(after.path("registrations")).isEmpty();
        assertThat(after.path("engineRecords").findValuesAsText("businessKey")).containsExactly(running);
        for (String read : List.of("/task/" + runningTask + "/comment", "/process-instance/" + runningProcess + "/comment")) {
            assertThat(readAsAdministrator(read)).as(read).doesNotContain(EMAIL).doesNotContain(NAME);
        }
        assertThat(jdbc.sql("select kind from personal_data_request where requested_by = 'somsri' order by id").query(String.class).list())
                .endsWith("EXPORT", "ERASURE", "EXPORT");
    }

    @Test
    void exportsThenErasesASubscriberAndStakeholderWithTheMailsSentToThem() throws Exception {
        String email = "kanokwan-" + NUMBERS.incrementAndGet() + "@example.go.th";
        subscriptions.subscribe(email, "th", "1.0");
        subscriptions.confirm(subscriptions.current(email).orElseThrow().token());
        stakeholders.add("กนกวรรณ ผู้ติดตาม", "กรมตัวอย่าง", email, "en");
        Hearing hearing = openHearing();

        JsonNode export = personal("export", email.toUpperCase());
        assertThat(export.path("subscriptions")).hasSize(1);
        assertThat(export.path("subscriptions").get(0).path("status").asText()).isEqualTo("ACTIVE");
        assertThat(export.path("subscriptions").get(0).path("privacyNoticeVersion").asText()).isEqualTo("1.0");
        assertThat(export.path("subscriptions").get(0).has("token")).as("a credential, not data about them").isFalse();
        assertThat(export.path("stakeholder").path("name").asText()).isEqualTo("กนกวรรณ ผู้ติดตาม");
        assertThat(export.path("stakeholder").path("addedBy").asText()).isEqualTo("system");
        assertThat(export.path("mails").findValuesAsText("kind")).containsExactlyInAnyOrder("SUBSCRIPTION", "ANNOUNCEMENT");
        assertThat(export.path("mails").findValuesAsText("subject")).anyMatch(subject -> subject.startsWith("เปิดรับฟังความคิดเห็น"));

        JsonNode erasure = personal("erasure", email);
        assertThat(erasure.path("subscriptionsRemoved").asInt()).isEqualTo(1);
        assertThat(erasure.path("stakeholdersRemoved").asInt()).isEqualTo(1);
        assertThat(erasure.path("mailsErased").asInt()).isEqualTo(2);
        assertThat(subscriptions.byEmail(email)).isEmpty();
        assertThat(stakeholders.byEmail(email)).isEmpty();
        assertThat(notifications.byKey("hearing-opened:" + hearing.id() + ":" + email).orElseThrow().recipient()).isEqualTo("erased");

        JsonNode after = personal("export", email);
        assertThat(after.path("subscriptions")).isEmpty();
        assertThat(after.has("stakeholder")).isFalse();
        assertThat(after.path("mails")).isEmpty();
    }

    @Test
    void theEnginesHistoryOfAHearingThroughItsRevisionHoldsNoCommentersDetails() throws Exception {
        String project = steps().toScheduling(NUMBERS.incrementAndGet());
        steps().scheduleHearing(project);
        Hearing hearing = steps().openHearing(project);
        Map<String, Object> comment = publicComment("ข้อ 5 ควรชัดเจนกว่านี้");
        comment.put("name", "วิภา ผู้ทบทวน");
        comment.put("email", "wipa@example.go.th");
        send(hearing.id(), comment);
        steps().finishHearing(project, hearing);
        steps().revise(project, Map.of(comments.forHearing(hearing.id()).get(0).id(), Disposition.ACCEPTED), "1.1");

        JsonNode export = personal("export", "wipa@example.go.th");
        assertThat(export.path("comments")).hasSize(1);
        assertThat(export.path("engineRecords")).as("the revision step sees the comment, never its author").isEmpty();
    }

    @Test
    void erasureLeavesNothingOfThePersonInTheEnginesHistoryOfAHearingTakenThroughItsRevision() throws Exception {
        String email = "kittipong.revision@example.go.th";
        String name = "กิตติพงษ์ ผู้ให้ความเห็น";
        String project = steps().toScheduling(NUMBERS.incrementAndGet());
        steps().scheduleHearing(project);
        Hearing hearing = steps().openHearing(project);
        Map<String, Object> comment = publicComment("ข้อ 7 ควรมีตัวอย่างประกอบ");
        comment.put("name", name);
        comment.put("email", email);
        send(hearing.id(), comment);
        steps().finishHearing(project, hearing);
        // the working group notes on its revision step whom it asked, then corrects the note; the secretariat notes the
        // same on the project's process; and the revision's form says how the commenter was answered
        String lifecycle = steps().lifecycle(project).getId();
        String revisionTask = task(project, StandardLifecycleProcess.REVISE_DRAFT).getId();
        actAs("anan");
        try {
            String note = taskService.createComment(revisionTask, null, "โทรถามคุณ" + name).getId();
            taskService.updateTaskComment(revisionTask, note, "โทรถามคุณ" + name + " และส่งคำตอบไปที่ " + email);
        } finally {
            identityService.clearAuthentication();
        }
        actAs("somsri");
        try {
            taskService.createComment(null, lifecycle, "ผู้ให้ความเห็นข้อ 7: " + email);
        } finally {
            identityService.clearAuthentication();
        }
        steps().revise(project, Map.of(comments.forHearing(hearing.id()).get(0).id(), Disposition.ACCEPTED), "1.1",
                "ตอบคุณ" + name + " (" + email + ") ทางอีเมลแล้ว");
        withdrawals.request(project, "ยุติโครงการ");
        assertThat(readAsAdministrator("/history/detail?processInstanceId=" + lifecycle + "&maxResults=2000"))
                .as("the engine's history holds what was typed").contains(email);

        JsonNode export = personal("export", email);
        assertThat(export.path("engineRecords").findValuesAsText("place"))
                .containsExactlyInAnyOrder("VARIABLE", "COMMENT", "COMMENT", "OPERATION_LOG");
        assertThat(export.path("engineRecords").findValuesAsText("businessKey")).containsOnly(project);

        JsonNode erasure = personal("erasure", email);
        assertThat(erasure.path("engineRecordsDeleted").asInt()).isEqualTo(4);
        assertThat(erasure.path("keptByRunningProcesses")).isEmpty();

        for (String read : List.of("/history/detail?processInstanceId=" + lifecycle + "&maxResults=2000",
                "/history/variable-instance?processInstanceId=" + lifecycle + "&maxResults=2000",
                "/history/user-operation?processInstanceId=" + lifecycle + "&maxResults=2000",
                "/history/user-operation?taskId=" + revisionTask + "&maxResults=2000",
                "/task/" + revisionTask + "/comment",
                "/process-instance/" + lifecycle + "/comment")) {
            assertThat(readAsAdministrator(read)).as(read).doesNotContain(email).doesNotContain(name);
        }
        assertThat(personal("export", email).path("engineRecords")).isEmpty();
    }

    @Test
    void onlyTheSecretariatAnswersAndOnlyAnEmailAddressIsAsked() throws Exception {
        String body = body(Map.of("email", EMAIL));
        mvc.perform(post("/api/personal-data/export").contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/personal-data/erasure").with(as("anan")).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/personal-data/erasure").with(as("somsri")).contentType(MediaType.APPLICATION_JSON).content(body(Map.of("email", "ไม่ใช่อีเมล"))))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].field").value("email"));
        mvc.perform(post("/api/personal-data/export").with(as("somsri")).contentType(MediaType.APPLICATION_JSON).content(body(new HashMap<>())))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].field").value("email"));
    }

    private String send(long hearingId, Map<String, Object> comment) throws Exception {
        return mvc.perform(post("/api/hearings/{id}/comments", hearingId).contentType(MediaType.APPLICATION_JSON).content(body(comment)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    }

    private long commentId(String receipt) throws Exception {
        String reference = json.readTree(receipt).path("referenceNo").asText();
        return jdbc.sql("select id from hearing_comment where reference_no = :reference").param("reference", reference).query(Long.class).single();
    }

    /** What a user who may read the engine's history, an administrator, reads through the engine REST API, over HTTP. */
    private String readAsAdministrator(String path) {
        return RestClient.builder().baseUrl("http://localhost:" + port + "/engine-rest").requestFactory(new JdkClientHttpRequestFactory()).build()
                .get().uri(path).headers(headers -> headers.setBasicAuth("admin", "demo")).retrieve().body(String.class);
    }

    private JsonNode personal(String request, String email) throws Exception {
        return json.readTree(mvc.perform(post("/api/personal-data/" + request).with(as("somsri")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("email", email))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
