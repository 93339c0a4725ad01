package th.go.dga.standards.security;

import java.io.IOException;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.web.servlet.LocaleResolver;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import th.go.dga.standards.validation.Messages;
import th.go.dga.standards.validation.ProblemDetails;

/**
 * 401 and 403 of the API as problem details, like every other error of the API.
 */
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ObjectMapper json;
    private final LocaleResolver locales;

    ProblemResponses(ObjectMapper json, LocaleResolver locales) {
        this.json = json;
        this.locales = locales;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        Locale locale = locales.resolveLocale(request);
        if (e instanceof LoginThrottledException throttled) {
            response.setHeader("Retry-After", String.valueOf(throttled.retryAfterSeconds()));
            write(response, request, ProblemDetails.problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests",
                    Messages.get("login.throttled", new Object[] {throttled.retryAfterSeconds()}, locale), locale));
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"dga-standards\", charset=\"UTF-8\"");
        write(response, request, ProblemDetails.problem(HttpStatus.UNAUTHORIZED, "unauthorized", Messages.get("problem.unauthorized", null, locale), locale));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
        Locale locale = locales.resolveLocale(request);
        if (e instanceof CsrfException) {
            write(response, request, ProblemDetails.problem(HttpStatus.FORBIDDEN, "csrf", Messages.get("problem.csrf", null, locale), locale));
            return;
        }
        write(response, request, ProblemDetails.problem(HttpStatus.FORBIDDEN, "forbidden", Messages.get("problem.forbidden", null, locale), locale));
    }

    private void write(HttpServletResponse response, HttpServletRequest request, ProblemDetail problem) throws IOException {
        write(json, request, response, problem);
    }

    /** A problem as the answer to a request that no controller handles: the filters' refusals. */
    static void write(ObjectMapper json, HttpServletRequest request, HttpServletResponse response, ProblemDetail problem) throws IOException {
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
