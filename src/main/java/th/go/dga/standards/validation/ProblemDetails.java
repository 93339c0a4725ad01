package th.go.dga.standards.validation;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.AuthorizationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * Every error of the API as an RFC 9457 problem: a type, a title in Thai or English by {@code Accept-Language}, a
 * detail, and for bad input the list of fields at fault. 422 for input that breaks a rule, 400 for a request that
 * cannot be read, 404, 409 for an action the current state does not allow, 413, 415.
 */
@RestControllerAdvice(annotations = RestController.class)
public class ProblemDetails {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetails.class);

    /** Problem types, relative to the site: {@code /problems/invalid-input}. */
    public static URI type(String slug) {
        return URI.create("/problems/" + slug);
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, "invalid-input", e.describe(locale), locale);
        problem.setProperty("errors", errors(e.violations(), locale));
        return problem;
    }

    @ExceptionHandler(MalformedRequestException.class)
    ProblemDetail malformed(MalformedRequestException e, Locale locale) {
        return malformedRequest(e.violation(), locale);
    }

    @ExceptionHandler(StateConflictException.class)
    ProblemDetail conflict(StateConflictException e, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "state-conflict", e.message(locale), locale);
        problem.setProperty("code", e.code());
        e.facts().forEach(problem::setProperty);
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e, Locale locale) {
        return problem(HttpStatus.NOT_FOUND, "not-found", e.message(locale), locale);
    }

    @ExceptionHandler(org.camunda.bpm.engine.exception.NotFoundException.class)
    ProblemDetail engineNotFound(org.camunda.bpm.engine.exception.NotFoundException e, Locale locale) {
        return problem(HttpStatus.NOT_FOUND, "not-found", e.getMessage(), locale);
    }

    /**
     * A task or instance gone between the controller's look and the engine's act (completed meanwhile by another
     * request, on this node or another): the engine says "Cannot find …" with a NullValueException.
     */
    @ExceptionHandler(org.camunda.bpm.engine.exception.NullValueException.class)
    ProblemDetail engineNullValue(org.camunda.bpm.engine.exception.NullValueException e, Locale locale) {
        if (e.getMessage() != null && e.getMessage().startsWith("Cannot find")) {
            return problem(HttpStatus.NOT_FOUND, "not-found", e.getMessage(), locale);
        }
        return unexpected(e, locale);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ProblemDetail noSuchPath(NoResourceFoundException e, Locale locale) {
        return problem(HttpStatus.NOT_FOUND, "not-found", Messages.get("problem.no-such-path", new Object[] {e.getResourcePath()}, locale), locale);
    }

    @ExceptionHandler(UnsupportedContentException.class)
    ProblemDetail unsupportedContent(UnsupportedContentException e, Locale locale) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-content", e.message(locale), locale);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail unsupportedMediaType(HttpMediaTypeNotSupportedException e, Locale locale) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-content",
                Messages.get("problem.media-type", new Object[] {String.valueOf(e.getContentType())}, locale), locale);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e, Locale locale) {
        String limit = e.getMaxUploadSize() > 0 ? (e.getMaxUploadSize() / (1024 * 1024)) + " MB" : "";
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "too-large", Messages.get("problem.too-large", new Object[] {limit}, locale), locale);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "malformed-request", Messages.get("problem.unreadable", null, locale), locale);
        if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = mismatch.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse(null);
            problem.setProperty("errors", List.of(Map.of("field", field, "code", "problem.wrong-type",
                    "message", Messages.get("problem.wrong-type", new Object[] {field}, locale))));
        }
        return problem;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail wrongParameter(MethodArgumentTypeMismatchException e, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "malformed-request",
                Messages.get("problem.wrong-type", new Object[] {e.getName()}, locale), locale);
        problem.setProperty("errors", List.of(Map.of("field", e.getName(), "code", "problem.wrong-type",
                "message", Messages.get("problem.wrong-type", new Object[] {e.getName()}, locale))));
        return problem;
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MissingServletRequestPartException.class, MissingRequestHeaderException.class})
    ProblemDetail missing(Exception e, Locale locale) {
        String name = e instanceof MissingServletRequestParameterException p ? p.getParameterName()
                : e instanceof MissingServletRequestPartException p ? p.getRequestPartName()
                : ((MissingRequestHeaderException) e).getHeaderName();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "malformed-request", Messages.get("form.required", new Object[] {name}, locale), locale);
        problem.setProperty("errors", List.of(Map.of("field", name, "code", "form.required", "message", Messages.get("form.required", new Object[] {name}, locale))));
        return problem;
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail wrongMethod(HttpRequestMethodNotSupportedException e, Locale locale) {
        return problem(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed",
                Messages.get("problem.method", new Object[] {e.getMethod()}, locale), locale);
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationException.class})
    ProblemDetail forbidden(Exception e, Locale locale) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", Messages.get("problem.forbidden", null, locale), locale);
    }

    @ExceptionHandler(TooManyRequestsException.class)
    ResponseEntity<ProblemDetail> tooMany(TooManyRequestsException e, Locale locale) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
                .body(problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests",
                        Messages.get("problem.too-many-requests", new Object[] {e.retryAfterSeconds()}, locale), locale));
    }

    /**
     * A fault, logged with its trace; or a refusal the engine wrapped in an exception of its own (a listener's
     * refusal, a value of a format it does not keep), answered as the refusal it is.
     */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, Locale locale) {
        Optional<Refusals.Refusal> refusal = Refusals.of(e);
        if (refusal.isPresent()) {
            return refused(refusal.get(), locale);
        }
        log.error("Unexpected error answering an API request", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", Messages.get("problem.internal", null, locale), locale);
    }

    private ProblemDetail refused(Refusals.Refusal refusal, Locale locale) {
        Throwable reason = refusal.reason();
        if (reason instanceof InvalidInputException invalid) {
            return invalidInput(invalid, locale);
        }
        if (reason instanceof StateConflictException conflict) {
            return conflict(conflict, locale);
        }
        if (reason instanceof MalformedRequestException malformed) {
            return malformed(malformed, locale);
        }
        if (refusal.status() == HttpStatus.FORBIDDEN.value()) {
            return forbidden(null, locale);
        }
        return problem(HttpStatus.valueOf(refusal.status()), refusal.slug(), refusal.message(locale), locale);
    }

    /** A problem of the given type, its title in the caller's language. */
    public static ProblemDetail problem(HttpStatusCode status, String slug, String detail, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type(slug));
        problem.setTitle(Messages.get("problem." + slug + ".title", null, locale));
        return problem;
    }

    /** 400: a request that cannot be taken as it was sent, naming the field at fault. */
    public static ProblemDetail malformedRequest(Violation violation, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "malformed-request", violation.message(locale), locale);
        problem.setProperty("errors", errors(List.of(violation), locale));
        return problem;
    }

    private static List<Map<String, String>> errors(List<Violation> violations, Locale locale) {
        return violations.stream().map(v -> Map.of(
                "field", v.field() == null ? "" : v.field(),
                "code", v.code(),
                "message", v.message(locale))).toList();
    }
}
