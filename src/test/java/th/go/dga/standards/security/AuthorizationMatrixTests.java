package th.go.dga.standards.security;

import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import org.camunda.bpm.engine.identity.User;
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

import th.go.dga.standards.document.SampleFiles;
import th.go.dga.standards.hearing.CommentService;
import th.go.dga.standards.hearing.CommentType;
import th.go.dga.standards.hearing.Hearing;
import th.go.dga.standards.hearing.NewComment;
import th.go.dga.standards.process.GovernmentStandardEnactmentProcess;
import th.go.dga.standards.process.StandardLifecycleProcess;
import th.go.dga.standards.registry.StandardCode;
import th.go.dga.standards.registry.StandardKind;
import th.go.dga.standards.support.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static th.go.dga.standards.security.AuthorizationMatrixTests.Role.*;

/**
 * Every role against every operation, through the application's API and through the engine REST API, over HTTP:
 * each is allowed, or refused with 403 (401 for the public, who has no account). The roles that may not do an
 * operation try it first, all on one target; then each role that may gets a fresh target of its own, so that the
 * target is still there to be acted on when the refusals are over and one role's success does not change what the
 * next one tries.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.generate-unique-process-engine-name=false")
class AuthorizationMatrixTests extends ApiTestSupport {

    /** One demo user per role. */
    enum Role {
        PUBLIC(null),
        WORKING_GROUP("anan"),
        OTHER_WORKING_GROUP("kittipong"),
        TECHNICAL_WORKING_GROUP("malee"),
        FELLOW_TECHNICAL_MEMBER("chaiwat"),
        DRAFTING_COMMITTEE("prasert"),
        DIRECTOR("supachai"),
        DGDC_MEMBER("kanya"),
        DGDC_CHAIR("thawatchai"),
        SECRETARIAT("somsri"),
        ADMIN("admin");

        final String user;

        Role(String user) {
            this.user = user;
        }
    }

    static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    static final Set<Role> STAFF = EnumSet.complementOf(EnumSet.of(PUBLIC));
    static final Set<Role> NOBODY = EnumSet.noneOf(Role.class);

    /** Numbers of the projects made here, apart from those of the other tests. */
    private static final AtomicInteger NUMBERS = new AtomicInteger(7000);

    @LocalServerPort
    int port;

    @Autowired
    CommentService comments;

    private RestClient http;

    @BeforeEach
    void client() {
        // no cookies: each call stands on its own credentials
        http = RestClient.builder().baseUrl("http://localhost:" + port).requestFactory(new JdkClientHttpRequestFactory()).build();
    }

    @Test
    void theApplicationsApi() {
        check(List.of(
                operation("read the open hearings", EVERYONE, () -> null, (role, target) -> call(role, HttpMethod.GET, "/api/hearings", null)),
                operation("comment on an open hearing", EVERYONE, () -> openHearing().id(),
                        (role, hearing) -> call(role, HttpMethod.POST, "/api/hearings/" + hearing + "/comments", publicComment("ความเห็นของ " + role))),
                operation("search the standards", STAFF, () -> null, (role, target) -> call(role, HttpMethod.GET, "/api/standards?q=IAL", null)),
                operation("register a project", EnumSet.of(SECRETARIAT), () -> null,
                        (role, target) -> call(role, HttpMethod.POST, "/api/standards", registration("number", NUMBERS.incrementAndGet()))),
                operation("withdraw a project", EnumSet.of(SECRETARIAT), this::project,
                        (role, project) -> call(role, HttpMethod.POST, "/api/standards/" + project + "/withdrawal", Map.of("reason", "ยุติโครงการ"))),
                operation("promote a published community standard", EnumSet.of(SECRETARIAT),
                        () -> registry.findByCode(StandardCode.parse("มสพร. 6-3 : 2566")).orElseThrow().id(),
                        (role, source) -> call(role, HttpMethod.POST, "/api/standards/" + source + "/promotion", Map.of("number", NUMBERS.incrementAndGet()))),
                operation("upload a document of the project", EnumSet.of(SECRETARIAT, WORKING_GROUP), this::project,
                        (role, project) -> upload(role, "/api/standards/" + project + "/documents")),
                operation("read the working group's drafting task", EnumSet.of(WORKING_GROUP), this::draftingTask,
                        (role, task) -> call(role, HttpMethod.GET, "/api/tasks/" + task, null)),
                operation("claim the working group's drafting task", EnumSet.of(WORKING_GROUP), this::draftingTask,
                        (role, task) -> call(role, HttpMethod.POST, "/api/tasks/" + task + "/claim", null)),
                operation("cast a technical working group member's vote", EnumSet.of(TECHNICAL_WORKING_GROUP), this::vote,
                        (role, task) -> call(role, HttpMethod.POST, "/api/tasks/" + task + "/complete", Map.of("values", Map.of("decision", "APPROVE")))),
                operation("schedule the hearing", EnumSet.of(SECRETARIAT), this::scheduling,
                        (role, task) -> claimAndComplete(role, task, Map.of("commentPeriodStart", "2026-12-01", "commentPeriodEnd", "2026-12-31",
                                "meetingStart", "2026-12-10T13:30:00+07:00", "meetingEnd", "2026-12-10T15:30:00+07:00",
                                "meetingLink", "https://teams.example.org/hearing", "registrationLink", "https://forms.example.org/register"))),
                operation("sign a community standard", EnumSet.of(DIRECTOR), this::directorSigning, this::claimAndSign),
                operation("sign a government standard", EnumSet.of(DGDC_CHAIR), this::chairSigning, this::claimAndSign),
                operation("read the comments of the project's hearing", EnumSet.of(SECRETARIAT, WORKING_GROUP), () -> openHearing().id(),
                        (role, hearing) -> call(role, HttpMethod.GET, "/api/hearings/" + hearing + "/comments", null)),
                operation("export the comment resolution matrix", EnumSet.of(SECRETARIAT, WORKING_GROUP), () -> openHearing().id(),
                        (role, hearing) -> call(role, HttpMethod.GET, "/api/hearings/" + hearing + "/comments/export.xlsx", null)),
                operation("export a commenter's personal data", EnumSet.of(SECRETARIAT), () -> "person" + NUMBERS.incrementAndGet() + "@example.go.th",
                        (role, email) -> call(role, HttpMethod.POST, "/api/personal-data/export", Map.of("email", email))),
                operation("erase a commenter's personal data", EnumSet.of(SECRETARIAT), () -> "person" + NUMBERS.incrementAndGet() + "@example.go.th",
                        (role, email) -> call(role, HttpMethod.POST, "/api/personal-data/erasure", Map.of("email", email))),
                operation("answer a comment", EnumSet.of(SECRETARIAT, WORKING_GROUP), this::answerableComment,
                        (role, comment) -> call(role, HttpMethod.PUT, "/api/comments/" + comment + "/disposition",
                                Map.of("disposition", "ACCEPTED", "response", "ปรับตามข้อเสนอ")))));
    }

    @Test
    void theEngineRestApi() {
        check(List.of(
                operation("read the process models", STAFF, () -> null,
                        (role, target) -> call(role, HttpMethod.GET, "/engine-rest/process-definition?maxResults=50", null)),
                operation("start a project's lifecycle", EnumSet.of(SECRETARIAT), () -> null,
                        (role, target) -> call(role, HttpMethod.POST, "/engine-rest/process-definition/key/standard-lifecycle/submit-form",
                                Map.of("variables", typed(registration(StandardLifecycleProcess.Var.STANDARD_NUMBER, String.valueOf(NUMBERS.incrementAndGet())))))),
                operation("read the values of the working group's drafting task", EnumSet.of(WORKING_GROUP, SECRETARIAT, ADMIN), this::draftingTask,
                        (role, task) -> call(role, HttpMethod.GET, "/engine-rest/task/" + task + "/variables", null)),
                operation("claim the working group's drafting task", EnumSet.of(WORKING_GROUP), this::draftingTask,
                        (role, task) -> call(role, HttpMethod.POST, "/engine-rest/task/" + task + "/claim", Map.of("userId", String.valueOf(role.user)))),
                operation("pass the drafting task to a colleague in the group", EnumSet.of(WORKING_GROUP), this::draftingTask,
                        (role, task) -> call(role, HttpMethod.POST, "/engine-rest/task/" + task + "/assignee", Map.of("userId", "pranee"))),
                operation("complete the drafting task a colleague has claimed", NOBODY, this::draftingTaskClaimedByColleague,
                        (role, task) -> call(role, HttpMethod.POST, "/engine-rest/task/" + task + "/submit-form", Map.of("variables", typed(Map.of(
                                StandardLifecycleProcess.Var.DRAFT_VERSION_LABEL, "1.0", StandardLifecycleProcess.Var.DRAFT_DOCUMENT_REF, "https://example.org/d.pdf"))))),
                operation("hand the drafting task to someone outside the group", NOBODY, this::draftingTask,
                        (role, task) -> call(role, HttpMethod.POST, "/engine-rest/task/" + task + "/assignee", Map.of("userId", "kittipong"))),
                operation("cast a technical working group member's vote", EnumSet.of(TECHNICAL_WORKING_GROUP), this::vote,
                        (role, task) -> call(role, HttpMethod.POST, "/engine-rest/task/" + task + "/complete",
                                Map.of("variables", typed(Map.of("decision", "APPROVE"))))),
                // a signature asks for the signer's password again, which Tasklist cannot (EdgeInputTests): the sign steps are
                // reached here by sending the standard back
                operation("send a community standard back from signing", EnumSet.of(DIRECTOR), this::directorSigning,
                        (role, task) -> call(role, HttpMethod.POST, "/engine-rest/task/" + task + "/submit-form",
                                Map.of("variables", typed(Map.of(GovernmentStandardEnactmentProcess.Var.SIGN_DECISION, "RETURN",
                                        GovernmentStandardEnactmentProcess.Var.SIGN_NOTE, "ขอให้ทบทวนขอบเขต"))))),
                operation("send a government standard back from signing", EnumSet.of(DGDC_CHAIR), this::chairSigning,
                        (role, task) -> call(role, HttpMethod.POST, "/engine-rest/task/" + task + "/submit-form",
                                Map.of("variables", typed(Map.of(GovernmentStandardEnactmentProcess.Var.SIGN_DECISION, "RETURN",
                                        GovernmentStandardEnactmentProcess.Var.SIGN_NOTE, "ขอให้ทบทวนขอบเขต"))))),
                operation("change a variable of a project's process", NOBODY, this::lifecycleInstance,
                        (role, instance) -> call(role, HttpMethod.PUT, "/engine-rest/process-instance/" + instance + "/variables/workingGroup",
                                Map.of("value", "wg-security", "type", "String"))),
                operation("delete a project's process", NOBODY, this::lifecycleInstance,
                        (role, instance) -> call(role, HttpMethod.DELETE, "/engine-rest/process-instance/" + instance, null)),
                operation("withdraw a project by its message", NOBODY, this::project,
                        (role, project) -> call(role, HttpMethod.POST, "/engine-rest/message", Map.of("messageName", StandardLifecycleProcess.MESSAGE_WITHDRAW,
                                "businessKey", project, "processVariables", typed(Map.of(StandardLifecycleProcess.Var.WITHDRAWAL_REASON, "ยุติ"))))),
                operation("deploy a process model", NOBODY, () -> null, (role, target) -> deploy(role)),
                operation("create a user", EnumSet.of(ADMIN), () -> "matrix-user-" + NUMBERS.incrementAndGet(),
                        (role, user) -> call(role, HttpMethod.POST, "/engine-rest/user/create", Map.of(
                                "profile", Map.of("id", user, "firstName", "ทดสอบ", "lastName", "สิทธิ์", "email", user + "@example.go.th"),
                                "credentials", Map.of("password", "a long passphrase of the matrix")))),
                operation("add a member to the director's group", NOBODY, () -> "matrix-user-" + NUMBERS.incrementAndGet(),
                        (role, user) -> call(role, HttpMethod.PUT, "/engine-rest/group/director/members/" + (role.user == null ? "anan" : role.user), null)),
                operation("add a member to a working group", EnumSet.of(ADMIN), this::freshUser,
                        (role, user) -> call(role, HttpMethod.PUT, "/engine-rest/group/wg-data/members/" + user, null)),
                operation("delete projects in a batch", NOBODY, this::lifecycleInstance,
                        (role, instance) -> call(role, HttpMethod.POST, "/engine-rest/process-instance/delete",
                                Map.of("processInstanceIds", List.of(instance), "deleteReason", "ทดสอบ"))),
                operation("try a password through the engine", NOBODY, () -> null,
                        (role, target) -> call(role, HttpMethod.POST, "/engine-rest/identity/verify", Map.of("username", "supachai", "password", "demo"))),
                operation("grant a permission", NOBODY, () -> "matrix-user-" + NUMBERS.incrementAndGet(),
                        (role, user) -> call(role, HttpMethod.POST, "/engine-rest/authorization/create", Map.of(
                                "type", 1, "permissions", List.of("ACCESS"), "userId", user, "resourceType", 0, "resourceId", "cockpit")))));
    }

    // --- the check ---

    record Operation(String name, Set<Role> allowed, Supplier<Object> target, BiFunction<Role, Object, Integer> attempt) {
    }

    @SuppressWarnings("unchecked")
    private static <T> Operation operation(String name, Set<Role> allowed, Supplier<T> target, BiFunction<Role, T, Integer> attempt) {
        return new Operation(name, allowed, (Supplier<Object>) target, (role, t) -> attempt.apply(role, (T) t));
    }

    private void check(List<Operation> operations) {
        List<String> wrong = new ArrayList<>();
        StringBuilder matrix = new StringBuilder();
        for (Operation operation : operations) {
            Object shared = fresh(operation);
            for (Role role : Role.values()) {
                boolean allowed = operation.allowed().contains(role);
                int status = operation.attempt().apply(role, allowed ? fresh(operation) : shared);
                boolean asExpected = allowed ? status >= 200 && status < 300 : status == (role == PUBLIC ? 401 : 403);
                matrix.append("%-55s %-25s %s %d%n".formatted(operation.name(), role, allowed ? "allowed" : "refused", status));
                if (!asExpected) {
                    wrong.add("%s by %s: expected %s, was %d".formatted(operation.name(), role, allowed ? "2xx" : role == PUBLIC ? "401" : "403", status));
                }
            }
        }
        assertThat(wrong).as("every role against every operation:%n%s", matrix).isEmpty();
    }

    // --- targets, each made fresh ---

    /** A new target, made from the first day of the tests: making one may have moved the clock to a hearing's end. */
    private Object fresh(Operation operation) {
        moveClockTo(START);
        return operation.target().get();
    }

    private String project() {
        return steps().register(StandardKind.MSPR, NUMBERS.incrementAndGet(), null);
    }

    private String lifecycleInstance() {
        return steps().lifecycle(project()).getId();
    }

    private String draftingTask() {
        return task(project(), StandardLifecycleProcess.PREPARE_DRAFT).getId();
    }

    /** Claimed by pranee, of the same working group as the role that may draft. */
    private String draftingTaskClaimedByColleague() {
        String task = draftingTask();
        taskService.claim(task, "pranee");
        return task;
    }

    /** The technical working group member's own vote, in a ballot where a fellow member votes too. */
    private String vote() {
        String project = project();
        steps().draft(project, "1.0");
        return steps().voteOf(project, TECHNICAL_WORKING_GROUP.user).getId();
    }

    private String scheduling() {
        return task(steps().toScheduling(NUMBERS.incrementAndGet()), StandardLifecycleProcess.SCHEDULE_HEARING).getId();
    }

    private String directorSigning() {
        return task(steps().toDirectorSigning(NUMBERS.incrementAndGet()), StandardLifecycleProcess.DIRECTOR_SIGNS).getId();
    }

    private String chairSigning() {
        return task(steps().toChairSigning().id(), GovernmentStandardEnactmentProcess.CHAIR_SIGNS).getId();
    }

    /** A comment of a closed hearing of a wg-process project, waiting for its answer. */
    private long answerableComment() {
        Hearing hearing = openHearing();
        long comment = comments.submit(hearing.id(), new NewComment("ร่างมาตรฐาน", "5.1", CommentType.TECHNICAL, "ควรมีตัวอย่าง",
                "เพิ่มตัวอย่าง", "ผู้แสดงความคิดเห็น", "กรมตัวอย่าง", "commenter@example.org", "1.0")).id();
        hearings.close(hearing.id());
        return comment;
    }

    // --- calls over HTTP ---

    private int call(Role role, HttpMethod method, String path, Object body) {
        RestClient.RequestBodySpec request = http.method(method).uri(path).headers(headers -> authenticate(headers, role));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.exchange((req, response) -> response.getStatusCode().value());
    }

    /** As in Tasklist: claim, then complete; a refused claim is the answer. */
    private int claimAndComplete(Role role, String task, Map<String, Object> values) {
        int claimed = call(role, HttpMethod.POST, "/api/tasks/" + task + "/claim", null);
        if (claimed != 200) {
            return claimed;
        }
        return call(role, HttpMethod.POST, "/api/tasks/" + task + "/complete", Map.of("values", values));
    }

    /** Signs as the workspace does: the decision, confirmed with the signer's password. */
    private int claimAndSign(Role role, String task) {
        int claimed = call(role, HttpMethod.POST, "/api/tasks/" + task + "/claim", null);
        if (claimed != 200) {
            return claimed;
        }
        return call(role, HttpMethod.POST, "/api/tasks/" + task + "/complete",
                Map.of("values", Map.of(GovernmentStandardEnactmentProcess.Var.SIGN_DECISION, "SIGN"), "password", DEMO_PASSWORD));
    }

    private int upload(Role role, String path) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(SampleFiles.pdf()) {
            @Override
            public String getFilename() {
                return "ร่าง.pdf";
            }
        });
        parts.add("type", "DRAFT");
        parts.add("label", "ร่างมาตรฐาน");
        return http.post().uri(path).headers(headers -> authenticate(headers, role)).contentType(MediaType.MULTIPART_FORM_DATA).body(parts)
                .exchange((req, response) -> response.getStatusCode().value());
    }

    private String freshUser() {
        identityService.clearAuthentication();
        User user = identityService.newUser("matrix-user-" + NUMBERS.incrementAndGet());
        user.setFirstName("ทดสอบ");
        user.setLastName("สิทธิ์");
        identityService.saveUser(user);
        return user.getId();
    }

    private int deploy(Role role) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("deployment-name", "matrix");
        parts.add("data", new ByteArrayResource(("<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" targetNamespace=\"t\">"
                + "<process id=\"matrix\" isExecutable=\"true\"><startEvent id=\"s\"/></process></definitions>").getBytes()) {
            @Override
            public String getFilename() {
                return "matrix.bpmn";
            }
        });
        return http.post().uri("/engine-rest/deployment/create").headers(headers -> authenticate(headers, role))
                .contentType(MediaType.MULTIPART_FORM_DATA).body(parts).exchange((req, response) -> response.getStatusCode().value());
    }

    private static void authenticate(HttpHeaders headers, Role role) {
        if (role.user != null) {
            headers.set(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder().encodeToString((role.user + ":demo").getBytes()));
        }
    }

    /** A registration: through the API, {@code number} is a number; on the engine's start form, a text. */
    private static Map<String, Object> registration(String numberField, Object number) {
        return Map.of("titleTh", "มาตรฐานทดสอบสิทธิ์ " + number, "titleEn", "Authorization test " + number, "kind", "MSPR",
                numberField, number, "subjectGroup", "DIGITAL_PROCESS", "workingGroup", "wg-process", "technicalWorkingGroup", "twg-process");
    }

    /** Values as the engine REST API takes them: each with its type. */
    private static Map<String, Object> typed(Map<String, ?> values) {
        Map<String, Object> typed = new HashMap<>();
        values.forEach((name, value) -> typed.put(name, Map.of("value", value, "type", value instanceof Number ? "Long" : "String")));
        return typed;
    }
}
