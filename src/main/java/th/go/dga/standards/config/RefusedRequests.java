package th.go.dga.standards.config;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletResponse;
import th.go.dga.standards.validation.Messages;
import th.go.dga.standards.validation.ProblemDetails;
import th.go.dga.standards.validation.Refusals;

/**
 * Requests refused before any controller sees them, answered on the APIs as problems like every other error of the
 * API: an address Tomcat will not read ({@code %00}, an encoded slash, {@code ..%2F}) and one Spring Security's
 * firewall refuses ({@code ;}, {@code //}, an encoded dot or percent). The site's pages keep the plain error page.
 */
@Configuration(proxyBeanMethods = false)
class RefusedRequests {

    /** The paths whose callers read JSON: the application's API, the engine REST API and the webapps' API. */
    private static final List<String> APIS = List.of("/api/", "/engine-rest/", "/camunda/api/", "/v3/api-docs");

    /** The firewall's refusals: a problem on the APIs, the error page elsewhere. */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ObjectMapper json) {
        return (request, response, rejected) -> {
            String path = request.getRequestURI();
            Refusals.log(request.getMethod(), path, HttpServletResponse.SC_BAD_REQUEST, RequestRejectedException.class.getSimpleName(), rejected.getMessage());
            if (isApi(path)) {
                write(json, response, path, HttpServletResponse.SC_BAD_REQUEST, locale(request.getHeader("Accept-Language")));
            } else {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            }
        };
    }

    /**
     * Tomcat's refusals, which reach no servlet: its error report valve, in place of the one Spring Boot installs,
     * writes a problem on the APIs and its plain page elsewhere.
     */
    @Bean
    ProblemReports problemReports(ObjectMapper json) {
        return new ProblemReports(json);
    }

    /** Installs {@link ProblemReportValve}; ordered after Spring Boot's own customizer, whose valve it removes. */
    static final class ProblemReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        private final ObjectMapper json;

        ProblemReports(ObjectMapper json) {
            this.json = json;
        }

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                StandardHost host = (StandardHost) context.getParent();
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                ProblemReportValve valve = new ProblemReportValve(json);
                valve.setShowReport(false);
                valve.setShowServerInfo(false);
                host.getPipeline().addValve(valve);
                // otherwise the host adds Tomcat's own valve as it starts, which would report first
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    static boolean isApi(String path) {
        return path != null && APIS.stream().anyMatch(path::startsWith);
    }

    /** Thai unless English is asked for before Thai, as the API's locale resolver decides. */
    static Locale locale(String acceptLanguage) {
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                Locale found = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), List.of(Messages.THAI, Locale.ENGLISH));
                return found == null ? Messages.THAI : found;
            } catch (IllegalArgumentException unreadable) {
                return Messages.THAI;
            }
        }
        return Messages.THAI;
    }

    static void write(ObjectMapper json, HttpServletResponse response, String path, int status, Locale locale) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(problem(path, status, locale)));
    }

    private static ProblemDetail problem(String path, int status, Locale locale) {
        ProblemDetail problem = status == HttpServletResponse.SC_NOT_FOUND
                ? ProblemDetails.problem(HttpStatus.NOT_FOUND, "not-found", Messages.get("problem.no-such-path", new Object[] {path}, locale), locale)
                : status >= 500
                ? ProblemDetails.problem(HttpStatusCode.valueOf(status), "internal-error", Messages.get("problem.internal", null, locale), locale)
                : ProblemDetails.problem(HttpStatusCode.valueOf(status), "malformed-request", Messages.get("problem.unreadable-address", null, locale), locale);
        try {
            problem.setInstance(URI.create(path));
        } catch (IllegalArgumentException notAUri) {
            // an address Tomcat refused may not even be a URI; the problem does without it
        }
        return problem;
    }

    /** Tomcat's error report, as a problem for the APIs. */
    static final class ProblemReportValve extends ErrorReportValve {

        private final ObjectMapper json;

        ProblemReportValve(ObjectMapper json) {
            this.json = json;
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            String path = request.getRequestURI();
            int status = response.getStatus();
            if (!isApi(path) || status < 400 || response.getContentWritten() > 0 || response.isCommitted()) {
                super.report(request, response, throwable);
                return;
            }
            if (!response.setErrorReported()) {
                return;
            }
            if (status < 500) {
                Refusals.log(request.getMethod(), path, status, "tomcat", String.valueOf(response.getMessage()));
            }
            try {
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(json.writeValueAsString(problem(path, status, locale(request.getHeader("Accept-Language")))));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the connection is gone: there is no one to tell
            }
        }
    }
}
