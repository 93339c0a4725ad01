package th.go.dga.standards.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

import com.fasterxml.jackson.databind.ObjectMapper;

import th.go.dga.standards.validation.Messages;
import th.go.dga.standards.validation.ProblemDetails;

/**
 * Checks the CSRF token of Tasklist, Cockpit and Admin before Camunda's own filter does. Camunda's filter ends the
 * session of a request without the token, so a page on another site could sign anyone out by sending one; here such a
 * request is refused as what it is, and the session lives on. Sign-out is a change like any other and needs the token.
 */
class CamundaCsrfCheck extends OncePerRequestFilter {

    /** Where Camunda's webapps keep the token they check (the {@code XSRF-TOKEN} cookie's value). */
    static final String SESSION_TOKEN = "CAMUNDA_CSRF_TOKEN";
    static final String HEADER = "X-XSRF-TOKEN";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    /** Camunda's own entry points, which it does not check either. */
    private static final Set<String> ENTRY_POINTS = Set.of("/camunda/api/admin/auth/user/*/login/**", "/camunda/api/admin/setup/**");
    private static final AntPathMatcher PATHS = new AntPathMatcher();

    private final ObjectMapper json;
    private final LocaleResolver locales;

    CamundaCsrfCheck(ObjectMapper json, LocaleResolver locales) {
        this.json = json;
        this.locales = locales;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return SAFE_METHODS.contains(request.getMethod()) || !path.startsWith("/camunda/api/")
                || ENTRY_POINTS.stream().anyMatch(entry -> PATHS.match(entry, path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
        if (carriesSessionsToken(request)) {
            chain.doFilter(request, response);
            return;
        }
        Locale locale = locales.resolveLocale(request);
        ProblemDetail problem = ProblemDetails.problem(HttpStatus.FORBIDDEN, "csrf", Messages.get("problem.csrf-camunda", null, locale), locale);
        response.setHeader(HEADER, "Required");
        ProblemResponses.write(json, request, response, problem);
    }

    static boolean carriesSessionsToken(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object token = session == null ? null : session.getAttribute(SESSION_TOKEN);
        String sent = request.getHeader(HEADER);
        return token != null && sent != null
                && MessageDigest.isEqual(token.toString().getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }
}
