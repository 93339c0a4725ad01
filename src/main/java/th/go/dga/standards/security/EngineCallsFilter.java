package th.go.dga.standards.security;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import th.go.dga.standards.validation.Messages;
import th.go.dga.standards.validation.ProblemDetails;

/**
 * Applies {@link EngineCalls} to the engine's REST API and the webapps' copy of it, and keeps the Cockpit and Admin
 * plugins' own endpoints to those the engine lets into Cockpit and Admin. Runs once the caller is known, so the
 * public still gets 401 first.
 */
class EngineCallsFilter extends OncePerRequestFilter {

    private static final String COCKPIT_PLUGINS = "/camunda/api/cockpit/";
    private static final String ADMIN_PLUGINS = "/camunda/api/admin/plugin/";

    private final AuthorizationService authorizations;
    private final ObjectMapper json;
    private final LocaleResolver locales;

    EngineCallsFilter(AuthorizationService authorizations, ObjectMapper json, LocaleResolver locales) {
        this.authorizations = authorizations;
        this.json = json;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith(COCKPIT_PLUGINS) && !mayUse("cockpit") || path.startsWith(ADMIN_PLUGINS) && !mayUse("admin")) {
            refuse(request, response, new EngineCalls.Refusal(403, "problem.forbidden", null));
            return;
        }
        Optional<String> enginePath = EngineCalls.enginePath(path);
        if (enginePath.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletRequest forward = request;
        Map<String, Object> body = Map.of();
        if (EngineCalls.bodyMatters(request.getMethod(), enginePath.get())) {
            byte[] bytes = request.getInputStream().readAllBytes();
            forward = new ReadAgain(request, bytes);
            body = read(bytes);
        }
        Optional<EngineCalls.Refusal> refusal = EngineCalls.refusal(request.getMethod(), enginePath.get(), body);
        if (refusal.isPresent()) {
            refuse(request, response, refusal.get());
            return;
        }
        chain.doFilter(forward, response);
    }

    private boolean mayUse(String application) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null || !user.isAuthenticated()) {
            return false;
        }
        List<String> groups = user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith(Groups.AUTHORITY_PREFIX)).map(a -> a.substring(Groups.AUTHORITY_PREFIX.length())).toList();
        return authorizations.isUserAuthorized(user.getName(), groups, Permissions.ACCESS, Resources.APPLICATION, application);
    }

    /** A body that is not a JSON object is left to the engine, which refuses it in its own words. */
    private Map<String, Object> read(byte[] bytes) {
        try {
            Map<String, Object> body = json.readValue(bytes, new TypeReference<Map<String, Object>>() { });
            return body == null ? Map.of() : body;
        } catch (IOException | IllegalArgumentException notAnObject) {
            return Map.of();
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, EngineCalls.Refusal refusal) throws IOException {
        Locale locale = locales.resolveLocale(request);
        HttpStatus status = HttpStatus.valueOf(refusal.status());
        String slug = status == HttpStatus.FORBIDDEN ? "forbidden" : "invalid-input";
        ProblemDetail problem = ProblemDetails.problem(status, slug, Messages.get(refusal.messageCode(), refusal.arguments(), locale), locale);
        if (refusal.field() != null) {
            problem.setProperty("field", refusal.field());
        }
        ProblemResponses.write(json, request, response, problem);
    }

    /** The request with its body, already read, to be read again by the engine's REST API. */
    private static final class ReadAgain extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadAgain(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body has been read already");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), getCharacterEncoding() == null
                    ? StandardCharsets.UTF_8 : Charset.forName(getCharacterEncoding())));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
