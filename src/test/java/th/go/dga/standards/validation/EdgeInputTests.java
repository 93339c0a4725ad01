package th.go.dga.standards.validation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;

import com.fasterxml.jackson.databind.JsonNode;

import th.go.dga.standards.document.SampleFiles;
import th.go.dga.standards.hearing.CommentService;
import th.go.dga.standards.hearing.Hearing;
import th.go.dga.standards.process.StandardLifecycleProcess;
import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.registry.StandardKind;
import th.go.dga.standards.registry.StandardStatus;
import th.go.dga.standards.support.ApiTestSupport;
import th.go.dga.standards.support.BrowserSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Input at the edge of the application, over real HTTP where the servlet container has a say: what it cannot read is
 * a 4xx problem naming the field, characters that would be stored to deceive or to break the database are refused
 * wherever text comes in, and a refusal leaves one line in the log, not a stack trace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.generate-unique-process-engine-name=false")
@ExtendWith(OutputCaptureExtension.class)
class EdgeInputTests extends ApiTestSupport {

    private static final String BOUNDARY = "----edge-input-boundary";
    private static final String RLO = "\u202E";

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired CommentService comments;

    private final HttpClient http = HttpClient.newHttpClient();

    // --- what the servlet container cannot read: 400 problems, not 500 or 413

    @Test
    void aNulByteInAnUploadedFilesNameIsABadRequestNamingTheFile() throws Exception {
        Standard draft = registeredProject(StandardKind.MSPR);

        HttpResponse<String> response = upload(draft.id(), "ร่าง\u0000.pdf");

        JsonNode problem = problem(response, 400, "malformed-request");
        assertThat(problem.at("/errors/0/field").asText()).isEqualTo("file");
        assertThat(problem.get("detail").asText()).contains("file name");
        assertThat(documentsOf(draft.id())).isZero();
    }

    @Test
    void aFileNameOfFiveThousandCharactersIsRefusedAsTooLongNotAsTooLarge() throws Exception {
        Standard draft = registeredProject(StandardKind.MSPR);

        JsonNode latin = problem(upload(draft.id(), "a".repeat(5000) + ".pdf"), 400, "malformed-request");
        assertThat(latin.at("/errors/0/field").asText()).isEqualTo("file");
        assertThat(latin.get("detail").asText()).contains("too long").contains("255").contains("5,004");

        // 15,000 bytes of Thai: more than the container reads of a part's headers
        JsonNode thai = problem(upload(draft.id(), "ก".repeat(5000) + ".pdf"), 400, "malformed-request");
        assertThat(thai.at("/errors/0/field").asText()).isEqualTo("file");
        assertThat(thai.get("detail").asText()).contains("too long").contains("255");
        assertThat(documentsOf(draft.id())).isZero();
    }

    @Test
    void aThaiFileNameOfTwoHundredCharactersIsTaken() throws Exception {
        // 600 bytes of UTF-8: more than the container's default limit for a part's headers (512 bytes)
        Standard draft = registeredProject(StandardKind.MSPR);

        HttpResponse<String> response = upload(draft.id(), "ก".repeat(196) + ".pdf");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(json.readTree(response.body()).get("filename").asText()).isEqualTo("ก".repeat(196) + ".pdf");
    }

    @Test
    void aPathTheServerWillNotReadIsAnsweredWithAProblemLikeEveryOtherApiError() throws Exception {
        for (String path : new String[] {"/api/hearings/1%00", "/api/hearings/..%2F", "/api/hearings/1;x=1", "/engine-rest/task/1%00"}) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path)).header("Accept-Language", "en").build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(
                    type -> assertThat(type).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE));
            JsonNode problem = json.readTree(response.body());
            assertThat(problem.get("type").asText()).as(path).isEqualTo("/problems/malformed-request");
            assertThat(problem.get("title").asText()).isEqualTo("Malformed request");
        }
    }

    // --- refusals of the engine REST API: 4xx with the reason, never 500

    @Test
    void startingAProcessWithAVariableItsFormDoesNotHaveIsABadRequestNamingTheVariable() throws Exception {
        Map<String, Object> variables = restVariables(steps().registration(StandardKind.MSPR, nextNumber(), null));
        variables.put("promotedBy", Map.of("value", "somsri"));

        HttpResponse<String> response = engineRest("somsri", "POST", "/process-definition/key/standard-lifecycle/start",
                Map.of("variables", variables));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(engineError(response).get("message").asText()).contains("promotedBy");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(StandardLifecycleProcess.KEY)
                .variableValueEquals("promotedBy", "somsri").count()).isZero();
    }

    @Test
    void startingAProcessSkippingItsListenersAtTheStartIsABadRequest() throws Exception {
        HttpResponse<String> response = engineRest("somsri", "POST", "/process-definition/key/standard-lifecycle/start",
                Map.of("skipCustomListeners", true, "variables", restVariables(steps().registration(StandardKind.MSPR, nextNumber(), null))));

        // refused before the engine sees it, whose own refusal (ENGINE-13024) would have been a 500
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("skipCustomListeners");
    }

    @Test
    void aJavaSerializedValueIsABadRequestAndTheTaskStaysOpen() throws Exception {
        String project = steps().register(StandardKind.MSPR, nextNumber(), null);
        steps().draft(project, "1.0");
        String vote = steps().voteOf(project, "malee").getId();
        String serialized = Base64.getEncoder().encodeToString(new byte[] {(byte) 0xac, (byte) 0xed, 0, 5, 0x74, 0, 7, 'A', 'P', 'P', 'R', 'O', 'V', 'E'});

        HttpResponse<String> response = engineRest("malee", "POST", "/task/" + vote + "/complete", Map.of("variables", Map.of("decision",
                Map.of("type", "Object", "value", serialized, "valueInfo", Map.of("objectTypeName", "java.lang.String",
                        "serializationDataFormat", "application/x-java-serialized-object")))));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(engineError(response).get("message").asText()).contains("ENGINE-17007");
        assertThat(taskService.createTaskQuery().taskId(vote).count()).isEqualTo(1);
    }

    @Test
    void completingATaskTwiceIsNotFoundTheSecondTime() throws Exception {
        String project = steps().register(StandardKind.MSPR, nextNumber(), null);
        steps().draft(project, "1.0");
        String vote = steps().voteOf(project, "malee").getId();
        Map<String, Object> approve = Map.of("variables", Map.of("decision", Map.of("value", "APPROVE")));
        assertThat(engineRest("malee", "POST", "/task/" + vote + "/complete", approve).statusCode()).isEqualTo(204);

        HttpResponse<String> again = engineRest("malee", "POST", "/task/" + vote + "/complete", approve);

        assertThat(again.statusCode()).as(again.body()).isEqualTo(404);
        assertThat(engineError(again).get("message").asText()).contains(vote);
    }

    @Test
    void aSignatureTheStatusNoLongerAllowsIsAConflictAndTheTaskStaysOpen() throws Exception {
        String id = steps().toDirectorSigning(nextNumber());
        String sign = task(id, StandardLifecycleProcess.DIRECTOR_SIGNS).getId();
        taskService.claim(sign, "supachai");
        registry.changeStatus(id, StandardStatus.FINAL_APPROVAL, "ทดสอบ");

        HttpResponse<String> response = api("supachai", "POST", "/api/tasks/" + sign + "/complete",
                Map.of("values", Map.of("signDecision", "SIGN"), "password", DEMO_PASSWORD));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
        assertThat(json.readTree(response.body()).get("detail").asText()).contains("รอลงนาม");
        assertThat(taskService.createTaskQuery().taskId(sign).count()).isEqualTo(1);
    }

    @Test
    void aSignatureIsConfirmedWithThePasswordAndTasklistCannotAskForIt() throws Exception {
        String id = steps().toDirectorSigning(nextNumber());
        String sign = task(id, StandardLifecycleProcess.DIRECTOR_SIGNS).getId();
        taskService.claim(sign, "supachai");

        HttpResponse<String> tasklist = engineRest("supachai", "POST", "/task/" + sign + "/complete",
                Map.of("variables", Map.of("signDecision", Map.of("value", "SIGN"))));
        HttpResponse<String> without = api("supachai", "POST", "/api/tasks/" + sign + "/complete", Map.of("values", Map.of("signDecision", "SIGN")));
        HttpResponse<String> wrong = api("supachai", "POST", "/api/tasks/" + sign + "/complete",
                Map.of("values", Map.of("signDecision", "SIGN"), "password", "not-the-password"));

        assertThat(tasklist.statusCode()).as(tasklist.body()).isEqualTo(400);
        assertThat(engineError(tasklist).get("message").asText()).contains("รหัสผ่าน");
        assertThat(without.statusCode()).as(without.body()).isEqualTo(422);
        assertThat(without.body()).contains("\"password\"");
        assertThat(wrong.statusCode()).as(wrong.body()).isEqualTo(422);
        assertThat(wrong.body()).contains("รหัสผ่านไม่ถูกต้อง");
        assertThat(taskService.createTaskQuery().taskId(sign).count()).as("the task stays open").isEqualTo(1);
        assertThat(registry.get(id).status()).isEqualTo(StandardStatus.AWAITING_SIGNATURE);
    }

    @Test
    void tasklistsCopyOfTheEngineApiAnswersARefusalTheSameWay() throws Exception {
        String project = steps().register(StandardKind.MSPR, nextNumber(), null);
        steps().draft(project, "1.0");
        String vote = steps().voteOf(project, "malee").getId();
        steps().vote(project, "malee", "APPROVE", null);
        HttpClient tasklist = loggedInToTasklist("malee");

        HttpResponse<String> response = tasklist.send(HttpRequest.newBuilder(uri("/camunda/api/engine/engine/default/task/" + vote + "/complete"))
                .header("Content-Type", "application/json").header("X-XSRF-TOKEN", cookie(tasklist, "XSRF-TOKEN"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"variables\": {\"decision\": {\"value\": \"APPROVE\"}}}")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
        assertThat(engineError(response).get("message").asText()).contains(vote);
    }

    // --- characters that deceive or break the database, refused wherever text comes in

    @Test
    void aCommentWithARightToLeftOverrideIsRefusedNamingTheFieldAndNothingIsStored() throws Exception {
        Hearing hearing = openHearing();
        Map<String, Object> comment = publicComment("ข้อ 5.2 ควรอ้างอิง " + RLO + "fdp.exe");

        mvc.perform(post("/api/hearings/{id}/comments", hearing.id()).contentType(MediaType.APPLICATION_JSON).content(body(comment))
                        .header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.type").value("/problems/invalid-input"))
                .andExpect(jsonPath("$.errors[0].field").value("comment"))
                .andExpect(jsonPath("$.errors[0].code").value("text.forbidden-character"))
                .andExpect(jsonPath("$.errors[0].message", containsString("U+202E")));
        assertThat(comments.count(hearing.id())).isZero();
    }

    @Test
    void aNulByteOrALoneSurrogateInANameIsRefusedNamingTheField() throws Exception {
        Hearing hearing = openHearing();
        String comment = body(publicComment("ควรมีตัวอย่าง")).replace("สมหญิง ตัวอย่าง", "สมหญิง\\u0000");
        mvc.perform(post("/api/hearings/{id}/comments", hearing.id()).contentType(MediaType.APPLICATION_JSON).content(comment))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message", containsString("U+0000")));

        String registration = """
                {"name": "สมหญิง", "organisation": "กรม\\ud800การปกครอง", "email": "somying@example.go.th", "consent": true, "privacyNoticeVersion": "1.0"}""";
        mvc.perform(post("/api/hearings/{id}/registrations", hearing.id()).contentType(MediaType.APPLICATION_JSON).content(registration))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("organisation"))
                .andExpect(jsonPath("$.errors[0].code").value("text.forbidden-character"));

        mvc.perform(post("/api/stakeholders").with(as("somsri")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("name", "สมชาย\u2066 ใจดี", "email", "somchai@example.go.th"))))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        assertThat(comments.count(hearing.id())).isZero();
    }

    @Test
    void anAddressWithAnIsolateIsRefused() throws Exception {
        mvc.perform(post("/api/subscriptions").contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("email", "somying\u2067@example.go.th", "consent", true, "privacyNoticeVersion", "1.0"))))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("email"))
                .andExpect(jsonPath("$.errors[0].code").value("text.forbidden-character"));
    }

    @Test
    void aDocumentLabelWithAnOverrideIsRefusedAndNothingIsStored() throws Exception {
        Standard draft = registeredProject(StandardKind.MSPR);

        mvc.perform(multipart("/api/standards/{id}/documents", draft.id())
                        .file(new MockMultipartFile("file", "ร่าง.pdf", "application/pdf", SampleFiles.pdf()))
                        .param("type", "DRAFT").param("label", "ร่าง\u202Dมาตรฐาน").with(as("somsri")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("label"))
                .andExpect(jsonPath("$.errors[0].code").value("text.forbidden-character"));
        assertThat(documentsOf(draft.id())).isZero();
    }

    @Test
    void aTaskFormsTextWithAnOverrideIsRefusedThroughTheApiAndTheEngineAndTheTaskStaysOpen() throws Exception {
        String id = steps().register(StandardKind.MSPR, nextNumber(), null);
        String drafting = task(id, StandardLifecycleProcess.PREPARE_DRAFT).getId();
        taskService.claim(drafting, "anan");

        mvc.perform(post("/api/tasks/{id}/complete", drafting).with(as("anan")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("values", Map.of("draftVersionLabel", "1.0" + RLO, "draftDocumentRef", "https://example.org/d.pdf")))))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("draftVersionLabel"))
                .andExpect(jsonPath("$.errors[0].code").value("text.forbidden-character"));

        HttpResponse<String> response = engineRest("anan", "POST", "/task/" + drafting + "/complete", Map.of("variables", Map.of(
                "draftVersionLabel", Map.of("value", "1.0"), "draftDocumentRef", Map.of("value", "https://example.org/d.pdf"),
                "draftNote", Map.of("value", "หมายเหตุ\u0000"))));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(engineError(response).get("message").asText()).contains("«หมายเหตุ»").contains("U+0000");
        assertThat(taskService.createTaskQuery().taskId(drafting).count()).isEqualTo(1);
    }

    @Test
    void aWithdrawalReasonWithANulByteIsRefusedAndTheProjectStays() throws Exception {
        String id = steps().register(StandardKind.MSPR, nextNumber(), null);

        mvc.perform(post("/api/standards/{id}/withdrawal", id).with(as("somsri")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"รวมกับโครงการอื่น\\u0000\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("withdrawalReason"))
                .andExpect(jsonPath("$.errors[0].code").value("text.forbidden-character"));
        assertThat(registry.get(id).status()).isEqualTo(StandardStatus.DRAFTING);
    }

    @Test
    void theSitesCommentFormShowsTheRefusalInItsErrorSummaryAndStoresNothing() throws Exception {
        Hearing hearing = openHearing();

        mvc.perform(post("/hearings/{id}/comments", hearing.id()).with(csrf())
                        .param("type", "TECHNICAL").param("comment", "ดู " + RLO + "fdp.exe").param("name", "สมหญิง")
                        .param("email", "somying@example.go.th").param("consent", "true").param("privacyNoticeVersion", "1.0")
                        .param("submissionKey", "edge-1"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"comment-error\"")))
                .andExpect(content().string(containsString("U+202E")));
        assertThat(comments.count(hearing.id())).isZero();
    }

    // --- a refusal is one line in the log; a fault keeps its stack trace

    @Test
    void aRefusedEngineRestCallLeavesOneLineAndNoStackTrace(CapturedOutput output) throws Exception {
        String id = steps().toDirectorSigning(nextNumber());
        String sign = task(id, StandardLifecycleProcess.DIRECTOR_SIGNS).getId();
        taskService.claim(sign, "supachai");
        registry.changeStatus(id, StandardStatus.FINAL_APPROVAL, "ทดสอบ");
        int before = output.getOut().length();

        HttpResponse<String> response = engineRest("supachai", "POST", "/task/" + sign + "/complete",
                Map.of("variables", Map.of("signDecision", Map.of("value", "SIGN"))));
        assertThat(response.statusCode()).as("a signature without the password, which Tasklist cannot ask for").isEqualTo(400);
        HttpResponse<String> extra = engineRest("somsri", "POST", "/process-definition/key/standard-lifecycle/start", Map.of("variables",
                Map.of("titleTh", Map.of("value", "ชื่อ"), "promotedBy", Map.of("value", "somsri"))));
        assertThat(extra.statusCode()).isEqualTo(400);

        String logged = output.getOut().substring(before);
        assertThat(logged).doesNotContain("\tat ").doesNotContain(" ERROR ");
        assertThat(logged.lines().filter(line -> line.contains("Refused")).toList()).hasSize(2)
                .allSatisfy(line -> assertThat(line).containsAnyOf(" WARN ", " INFO "));
    }

    @Test
    void aFaultOfTheEngineRestApiKeepsItsStackTrace(CapturedOutput output) throws Exception {
        jdbc.sql("alter table ACT_RE_DEPLOYMENT rename to ACT_RE_DEPLOYMENT_AWAY").update();
        HttpResponse<String> response;
        try {
            response = engineRest("admin", "GET", "/deployment?maxResults=1", null);
        } finally {
            jdbc.sql("alter table ACT_RE_DEPLOYMENT_AWAY rename to ACT_RE_DEPLOYMENT").update();
        }

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).doesNotContain("\tat ");
        assertThat(output.getOut()).contains("\tat ");
    }

    @Test
    void aRefusedApiCallLeavesNoStackTrace(CapturedOutput output) throws Exception {
        Standard draft = registeredProject(StandardKind.MSPR);
        int before = output.getOut().length();

        upload(draft.id(), "ร่าง\u0000.pdf");
        mvc.perform(post("/api/hearings/{id}/comments", openHearing().id()).contentType(MediaType.APPLICATION_JSON)
                .content(body(publicComment(RLO)))).andExpect(status().isUnprocessableEntity());

        assertThat(output.getOut().substring(before)).doesNotContain("\tat ").doesNotContain(" ERROR ");
    }

    // --- helpers

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private JsonNode problem(HttpResponse<String> response, int status, String type) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                value -> assertThat(value).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("type").asText()).isEqualTo("/problems/" + type);
        return problem;
    }

    /** The engine REST API's own error body: type and message, and no stack trace. */
    private JsonNode engineError(HttpResponse<String> response) throws IOException {
        assertThat(response.body()).doesNotContain("\tat ").doesNotContain("\n\tat");
        JsonNode error = json.readTree(response.body());
        assertThat(error.has("message")).as(response.body()).isTrue();
        return error;
    }

    private long documentsOf(String standardId) {
        return jdbc.sql("select count(*) from document where standard_id = :id").param("id", standardId).query(Long.class).single();
    }

    /** An upload of the sample PDF under this name, as a browser sends it, in English. */
    private HttpResponse<String> upload(String standardId, String filename) throws IOException, InterruptedException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\nDRAFT\r\n"
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"label\"\r\n\r\nร่างมาตรฐาน\r\n"
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename + "\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(SampleFiles.pdf());
        body.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(uri("/api/standards/" + standardId + "/documents"))
                .header("Authorization", basic("somsri"))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> engineRest(String user, String method, String path, Object body) throws IOException, InterruptedException {
        return api(user, method, "/engine-rest" + path, body);
    }

    private HttpResponse<String> api(String user, String method, String path, Object body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Authorization", basic(user))
                .header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A browser logged in through the login page, with Tasklist's page opened, as Tasklist's calls come. */
    private HttpClient loggedInToTasklist(String user) {
        BrowserSession session = BrowserSession.inTasklist(port, user);
        session.send(HttpRequest.newBuilder(uri("/camunda/api/engine/engine/default/task/count")).build());
        return session.client();
    }

    private static String cookie(HttpClient browser, String name) {
        return ((CookieManager) browser.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name)).findFirst().map(HttpCookie::getValue).orElse("");
    }

    private static Map<String, Object> restVariables(Map<String, Object> values) {
        Map<String, Object> variables = new LinkedHashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return variables;
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }
}
