package th.go.dga.standards.validation;

import java.util.Locale;
import java.util.Optional;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * Tells a refusal from a fault. A refusal is the answer to what the caller sent or may do: input that breaks a rule,
 * a record that does not exist, an action the state does not allow, a user who may not. It is answered with 4xx and
 * logged as one line ({@link #log}), without a stack trace: nothing is wrong with the system. Anything else is a
 * fault, answered with 500 and logged with its trace.
 * <p>
 * The engine wraps what its commands and listeners throw, and its REST API wraps that again, so the whole chain of
 * causes is looked at: the first refusal in it decides.
 */
public final class Refusals {

    /** The logger of every refusal, one line each; set it to WARN to keep them out of the log. */
    private static final Logger log = LoggerFactory.getLogger(Refusals.class);

    /** The engine's refusal to keep a Java-serialized object (java-serialization-format-enabled is false). */
    private static final String JAVA_SERIALIZATION_PROHIBITED = "ENGINE-17007";
    /** Spin's refusal to build an object of a class that is not allowed (deserialization-type-validation-enabled). */
    private static final String CLASS_NOT_ALLOWED = "The following classes are not whitelisted for deserialization";

    /** How deep the causes are looked through; a chain that loops ends here. */
    private static final int MAX_DEPTH = 32;

    private Refusals() {
    }

    /**
     * A refusal, answered with {@code status}.
     *
     * @param status 400, 403, 404, 409 or 422
     * @param slug   the problem type: {@code invalid-input}, {@code not-found}…
     * @param reason the exception that refused, found in the chain of causes
     */
    public record Refusal(int status, String slug, Throwable reason) {

        /** What the caller is told: the reason in their language when it has one, else the reason's own message. */
        public String message(Locale locale) {
            if (reason instanceof InvalidInputException invalid) {
                return invalid.describe(locale);
            }
            if (reason instanceof StateConflictException conflict) {
                return conflict.message(locale);
            }
            if (reason instanceof NotFoundException notFound) {
                return notFound.message(locale);
            }
            if (reason instanceof MalformedRequestException malformed) {
                return malformed.message(locale);
            }
            return reason.getMessage();
        }
    }

    /** The refusal in {@code thrown} or its causes; empty when it is a fault. */
    public static Optional<Refusal> of(Throwable thrown) {
        int depth = 0;
        for (Throwable cause = thrown; cause != null && depth++ < MAX_DEPTH; cause = cause.getCause()) {
            Optional<Refusal> refusal = classify(cause);
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        return Optional.empty();
    }

    public static boolean isRefusal(Throwable thrown) {
        return of(thrown).isPresent();
    }

    private static Optional<Refusal> classify(Throwable e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (e instanceof InvalidInputException) {
            return refusal(422, "invalid-input", e);
        }
        if (e instanceof FormFieldValidationException) {
            // the engine's own form checks, and ours seen through the engine's REST API, where 400 is the rule
            return refusal(400, "invalid-input", e);
        }
        if (e instanceof MalformedRequestException) {
            return refusal(400, "malformed-request", e);
        }
        if (e instanceof StateConflictException || e instanceof TaskAlreadyClaimedException) {
            return refusal(409, "state-conflict", e);
        }
        if (e instanceof org.camunda.bpm.engine.exception.NotFoundException
                || e instanceof NullValueException && message.startsWith("Cannot find")) {
            // a task or instance that is gone: completed meanwhile by another request, or never there
            return refusal(404, "not-found", e);
        }
        if (e instanceof AuthorizationException || e instanceof AccessDeniedException) {
            return refusal(403, "forbidden", e);
        }
        if (e instanceof BadUserRequestException || message.startsWith(JAVA_SERIALIZATION_PROHIBITED) || message.startsWith(CLASS_NOT_ALLOWED)) {
            return refusal(400, "malformed-request", e);
        }
        return Optional.empty();
    }

    private static Optional<Refusal> refusal(int status, String slug, Throwable reason) {
        return Optional.of(new Refusal(status, slug, reason));
    }

    /**
     * One line for a refused request: who asked what and how it was answered. The reason's class and the fields at
     * fault are named, not their values, which may be a person's data.
     */
    public static void log(String method, String path, int status, String type, String reason) {
        log.info("Refused {} {} with {} {}: {}", method, path, status, type, reason);
    }

    /**
     * The reason of a refusal as {@link #log} writes it: the fields at fault with the codes of their messages, the
     * code of a conflict, or the engine's code (ENGINE-13024); never the values sent, which may be a person's data.
     */
    public static String summary(Throwable reason) {
        if (reason instanceof InvalidInputException invalid) {
            return invalid.violations().stream().map(v -> v.field() + " (" + v.code() + ")").toList().toString();
        }
        if (reason instanceof MalformedRequestException malformed) {
            return "[" + malformed.violation().field() + " (" + malformed.violation().code() + ")]";
        }
        if (reason instanceof StateConflictException conflict) {
            return conflict.code();
        }
        if (reason instanceof NotFoundException notFound) {
            return notFound.code();
        }
        String message = reason == null || reason.getMessage() == null ? "" : reason.getMessage();
        int end = message.indexOf(' ');
        return message.startsWith("ENGINE-") && end > 0 ? message.substring(0, end) : "-";
    }
}
