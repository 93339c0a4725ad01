package th.go.dga.standards.validation;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * One line in the log for each refusal the API answers ({@link Refusals#log}): 4xx problems, whichever handler made
 * them, the advice's and the controllers' own. Faults (5xx) are logged with their stack trace where they are caught
 * ({@link ProblemDetails}).
 */
@RestControllerAdvice
class RefusalLog implements ResponseBodyAdvice<Object> {

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request, ServerHttpResponse response) {
        if (body instanceof ProblemDetail problem && problem.getStatus() >= 400 && problem.getStatus() < 500) {
            Refusals.log(request.getMethod().name(), request.getURI().getRawPath(), problem.getStatus(), String.valueOf(problem.getType()), reason(problem));
        }
        return body;
    }

    /** The fields at fault and the codes of their messages, or the conflict's code: never the values sent. */
    private static String reason(ProblemDetail problem) {
        Map<String, Object> properties = problem.getProperties() == null ? Map.of() : problem.getProperties();
        if (properties.get("errors") instanceof List<?> errors) {
            return errors.stream().filter(Map.class::isInstance).map(Map.class::cast)
                    .map(error -> error.get("field") + " (" + error.get("code") + ")").toList().toString();
        }
        return Objects.toString(properties.get("code"), "-");
    }
}
