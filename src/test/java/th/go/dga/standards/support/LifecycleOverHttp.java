package th.go.dga.standards.support;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * The steps of a standard's lifecycle as each demo user does them in Tasklist, over HTTP alone: the start form,
 * claiming a task of one's group, submitting a task's form through the engine REST API. Through a {@link Balancer}, so
 * against one node or several; every step looks before it acts, so that a step sent again after its node died before
 * answering is not done twice.
 */
public final class LifecycleOverHttp {

    /** The engine's code for an update that another transaction made first (the task form's error carries it). */
    private static final String OPTIMISTIC_LOCKING_FAILURE = "ENGINE-03005";

    private final Balancer nodes;
    private final Duration taskWait;

    /**
     * @param taskWait how long a step waits for its task, which the job executor may still have to make (after a
     *                 timer); zero where every task is there when its step comes
     */
    public LifecycleOverHttp(Balancer nodes, Duration taskWait) {
        this.nodes = nodes;
        this.taskWait = taskWait;
    }

    /** The values of a task's form, which may depend on what the task shows (read through the client given). */
    @FunctionalInterface
    public interface TaskValues {
        Map<String, Object> of(RestClient client, String taskId);
    }

    /** What the engine answered to a form: 204, or the status and the error. */
    public record Submission(int status, Map<?, ?> body) {

        /**
         * The job executor changed the same process at the same moment (a timer, a mail), and the engine undid the
         * submission: the task is still there, to be submitted again as a user would.
         */
        boolean lostARace() {
            return status == 500 && ("OptimisticLockingException".equals(body.get("type"))
                    || String.valueOf(body.get("message")).contains(OPTIMISTIC_LOCKING_FAILURE));
        }
    }

    /**
     * Registers a project with the start form, as the secretariat's {@code somsri}, and returns its id. A project with
     * the same English title is looked for first, so that a registration whose answer was lost is not made twice.
     */
    public String register(Map<String, Object> variables) {
        String title = (String) ((Map<?, ?>) variables.get("titleEn")).get("value");
        return nodes.send("somsri", client -> registered(client, title).orElseGet(() -> {
            Map<?, ?> instance = client.post().uri("/engine-rest/process-definition/key/standard-lifecycle/submit-form")
                    .contentType(MediaType.APPLICATION_JSON).body(Map.of("variables", variables)).retrieve().body(Map.class);
            return (String) instance.get("businessKey");
        }));
    }

    private static Optional<String> registered(RestClient client, String title) {
        List<?> instances = client.post().uri("/engine-rest/process-instance?maxResults=1").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("processDefinitionKey", "standard-lifecycle", "variables", List.of(Map.of("name", "titleEn", "operator", "eq", "value", title))))
                .retrieve().body(List.class);
        return instances.stream().map(instance -> (String) ((Map<?, ?>) instance).get("businessKey")).findFirst();
    }

    public void complete(String businessKey, String taskKey, String user, Map<String, Object> variables) {
        complete(businessKey, taskKey, user, (client, taskId) -> variables);
    }

    /**
     * Completes the user's task at this step, claiming it first when it is their group's. Waits for the task when it
     * is not there yet; once the form has been sent, a task that is gone has been completed by that request.
     */
    public void complete(String businessKey, String taskKey, String user, TaskValues values) {
        AtomicBoolean sent = new AtomicBoolean();
        long deadline = System.nanoTime() + taskWait.toNanos();
        while (!nodes.send(user, client -> {
            Optional<String> task = taskOf(client, businessKey, taskKey, user);
            if (task.isEmpty()) {
                return sent.get();
            }
            Map<String, Object> variables = values.of(client, task.get());
            sent.set(true);
            Submission submission = submit(client, task.get(), variables);
            if (submission.lostARace()) {
                return false;
            }
            if (submission.status() != 204) {
                throw new AssertionError("%s of %s by %s: %s %s".formatted(taskKey, businessKey, user, submission.status(), submission.body()));
            }
            return true;
        })) {
            if (System.nanoTime() > deadline || Thread.currentThread().isInterrupted()) {
                throw new AssertionError("%s of %s: no task for %s within %s".formatted(taskKey, businessKey, user, taskWait));
            }
            LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
        }
    }

    /** Submits the form once and returns what the engine answered, for a test that expects a refusal. */
    public Submission submit(String businessKey, String taskKey, String user, Map<String, Object> variables) {
        return nodes.send(user, client -> submit(client, taskOf(client, businessKey, taskKey, user)
                .orElseThrow(() -> new AssertionError("%s cannot see %s of %s".formatted(user, taskKey, businessKey))), variables));
    }

    /**
     * Signs at a sign step as the workspace does: the user's task, claimed first when it is their group's, completed
     * through the application's API with the decision and their password entered again.
     */
    public void sign(String businessKey, String taskKey, String user, String password) {
        nodes.send(user, client -> {
            String taskId = taskOf(client, businessKey, taskKey, user)
                    .orElseThrow(() -> new AssertionError("%s cannot see %s of %s".formatted(user, taskKey, businessKey)));
            Submission signed = client.post().uri("/api/tasks/{id}/complete", taskId).contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("values", Map.of("signDecision", "SIGN"), "password", password))
                    .exchange((request, response) -> new Submission(response.getStatusCode().value(),
                            response.getStatusCode().value() == 204 ? Map.of() : response.bodyTo(Map.class)));
            if (signed.status() != 204) {
                throw new AssertionError("%s of %s by %s: %s %s".formatted(taskKey, businessKey, user, signed.status(), signed.body()));
            }
            return true;
        });
    }

    private static Submission submit(RestClient client, String taskId, Map<String, Object> variables) {
        return client.post().uri("/engine-rest/task/{id}/submit-form", taskId).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("variables", variables))
                .exchange((request, response) -> new Submission(response.getStatusCode().value(),
                        response.getStatusCode().value() == 204 ? Map.of() : response.bodyTo(Map.class)));
    }

    /** The user's own task at this step, or a task of one of their groups, which they claim first as in Tasklist. */
    private static Optional<String> taskOf(RestClient client, String businessKey, String taskKey, String user) {
        List<?> mine = client.get().uri("/engine-rest/task?processInstanceBusinessKey={key}&taskDefinitionKey={task}&assignee={user}&maxResults=2",
                businessKey, taskKey, user).retrieve().body(List.class);
        if (!mine.isEmpty()) {
            return Optional.of((String) ((Map<?, ?>) mine.get(0)).get("id"));
        }
        List<?> groups = client.get().uri("/engine-rest/task?processInstanceBusinessKey={key}&taskDefinitionKey={task}&candidateUser={user}&maxResults=2",
                businessKey, taskKey, user).retrieve().body(List.class);
        if (groups.isEmpty()) {
            return Optional.empty();
        }
        if (groups.size() > 1) {
            throw new AssertionError("%s sees %d tasks %s of %s".formatted(user, groups.size(), taskKey, businessKey));
        }
        String taskId = (String) ((Map<?, ?>) groups.get(0)).get("id");
        client.post().uri("/engine-rest/task/{id}/claim", taskId).contentType(MediaType.APPLICATION_JSON).body(Map.of("userId", user))
                .retrieve().toBodilessEntity();
        return Optional.of(taskId);
    }

    /**
     * A variable of the task's form as the engine REST API gives it, {@code {"type": …, "value": …}}, the value as it is
     * stored: a JSON variable as its text.
     */
    public static Map<?, ?> formVariable(RestClient client, String taskId, String name) {
        Map<?, ?> variables = client.get().uri("/engine-rest/task/{id}/form-variables?variableNames={name}&deserializeValues=false", taskId, name)
                .retrieve().body(Map.class);
        return (Map<?, ?>) variables.get(name);
    }

    public static Map<String, Object> string(String value) {
        return Map.of("value", value, "type", "String");
    }

    public static Map<String, Object> json(String value) {
        return Map.of("value", value, "type", "Json");
    }

    /** The scheduling form: comment period (dates), meeting (moments with their offset) and links. */
    public static Map<String, Object> schedule(String start, String end, String meetingStart, String meetingEnd) {
        return Map.of("commentPeriodStart", string(start), "commentPeriodEnd", string(end),
                "meetingStart", string(meetingStart), "meetingEnd", string(meetingEnd),
                "meetingLink", string("https://teams.example.org/hearing"), "registrationLink", string("https://forms.example.org/register"));
    }
}
