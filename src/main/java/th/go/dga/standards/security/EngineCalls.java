package th.go.dga.standards.security;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The calls of the engine's REST API that no one may make, whatever the engine's grants say, and the request bodies
 * that are refused. The application starts, steers and dates its processes one way: through their start forms,
 * their tasks and their own timers. So no one deploys a model (the models in {@code bpmn/} are the only ones, and an
 * expression in a model runs as the server), starts a process at a later step or past its listeners, moves or
 * restarts an instance, changes a timer's due date, or tries a password outside the login page; and a password the
 * {@link PasswordRules} refuse is refused in their words.
 * <p>
 * The same calls are refused under {@code /engine-rest} and under the webapps' own copy of the API,
 * {@code /camunda/api/engine/engine/<name>}.
 */
final class EngineCalls {

    /** What becomes of a refused call. */
    record Refusal(int status, String messageCode, String field, Object... arguments) {
    }

    private static final Pattern ENGINE_REST = Pattern.compile("^/engine-rest(/.*)$");
    private static final Pattern WEBAPP_ENGINE = Pattern.compile("^/camunda/api/engine/engine/[^/]+(/.*)$");

    private static final List<Forbidden> FORBIDDEN = List.of(
            new Forbidden("POST", "/deployment/create"),
            new Forbidden("POST", "/deployment/[^/]+/redeploy"),
            new Forbidden("DELETE", "/deployment/[^/]+"),
            new Forbidden("POST", "/identity/verify"),
            new Forbidden("POST", "/process-instance/[^/]+/modification(-async)?"),
            new Forbidden("POST", "/modification/execute(Async)?"),
            new Forbidden("POST", "/migration/.*"),
            new Forbidden("POST", "/process-definition/(key/[^/]+(/tenant-id/[^/]+)?|[^/]+)/restart(-async)?"),
            new Forbidden("POST", "/process-instance/delete"),
            new Forbidden("POST", "/process-instance/suspended-async"),
            new Forbidden("PUT", "/job/[^/]+/duedate"),
            new Forbidden("POST", "/job/[^/]+/duedate/recalculate"));

    private static final Pattern START = Pattern.compile("^/process-definition/(key/[^/]+(/tenant-id/[^/]+)?|[^/]+)/(start|submit-form)$");
    private static final Pattern RETRIES = Pattern.compile("^/(job/[^/]+/retries|job/retries|job-definition/[^/]+/retries)$");
    private static final Pattern NEW_USER = Pattern.compile("^/user/create$");
    private static final Pattern CREDENTIALS = Pattern.compile("^/user/([^/]+)/credentials$");

    private EngineCalls() {
    }

    /** The path of an engine REST call below the API's root, or empty when the request is not one. */
    static Optional<String> enginePath(String requestPath) {
        for (Pattern root : List.of(ENGINE_REST, WEBAPP_ENGINE)) {
            var matcher = root.matcher(requestPath);
            if (matcher.matches()) {
                return Optional.of(matcher.group(1));
            }
        }
        return Optional.empty();
    }

    /** Whether the call's body must be read to decide: a start, or a change of retries. */
    static boolean bodyMatters(String method, String enginePath) {
        return ("POST".equals(method) && (START.matcher(enginePath).matches() || NEW_USER.matcher(enginePath).matches()))
                || ("PUT".equals(method) && CREDENTIALS.matcher(enginePath).matches())
                || (("PUT".equals(method) || "POST".equals(method)) && RETRIES.matcher(enginePath).matches());
    }

    /**
     * Why this call is refused, if it is.
     *
     * @param body the JSON body read as a map, when {@link #bodyMatters} says it was read; otherwise empty
     */
    static Optional<Refusal> refusal(String method, String enginePath, Map<String, Object> body) {
        for (Forbidden forbidden : FORBIDDEN) {
            if (forbidden.method().equals(method) && forbidden.path().matcher(enginePath).matches()) {
                return Optional.of(new Refusal(403, "engine.call-forbidden", null));
            }
        }
        if ("POST".equals(method) && START.matcher(enginePath).matches()) {
            if (present(body.get("startInstructions"))) {
                return Optional.of(new Refusal(400, "engine.start-instructions", "startInstructions"));
            }
            for (String skip : List.of("skipCustomListeners", "skipIoMappings")) {
                if (Boolean.TRUE.equals(body.get(skip)) || "true".equals(body.get(skip))) {
                    return Optional.of(new Refusal(400, "engine.start-skips", skip));
                }
            }
        }
        if (RETRIES.matcher(enginePath).matches() && present(body.get("dueDate"))) {
            return Optional.of(new Refusal(400, "engine.retries-due-date", "dueDate"));
        }
        if ("POST".equals(method) && NEW_USER.matcher(enginePath).matches()
                && body.get("credentials") instanceof Map<?, ?> credentials && credentials.get("password") instanceof String password) {
            Object id = body.get("profile") instanceof Map<?, ?> profile ? profile.get("id") : null;
            return weak(password, id == null ? null : id.toString());
        }
        var credentials = CREDENTIALS.matcher(enginePath);
        if ("PUT".equals(method) && credentials.matches() && body.get("password") instanceof String password) {
            return weak(password, credentials.group(1));
        }
        return Optional.empty();
    }

    /** A password the policy refuses, answered in the policy's words rather than the engine's. */
    private static Optional<Refusal> weak(String password, String userId) {
        return PasswordRules.violations(password, userId).stream().findFirst()
                .map(v -> new Refusal(400, v.code(), PasswordRules.FIELD, v.args().toArray()));
    }

    private static boolean present(Object value) {
        return value != null && !(value instanceof List<?> list && list.isEmpty()) && !"".equals(value);
    }

    private record Forbidden(String method, Pattern path) {
        Forbidden(String method, String path) {
            this(method, Pattern.compile("^" + path + "$"));
        }
    }
}
