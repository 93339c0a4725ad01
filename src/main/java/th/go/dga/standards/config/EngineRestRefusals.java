package th.go.dga.standards.config;

import java.util.Locale;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import th.go.dga.standards.validation.InvalidInputException;
import th.go.dga.standards.validation.Messages;
import th.go.dga.standards.validation.Refusals;

/**
 * The engine REST API's answer to a refusal that it would otherwise give as 500. Its resources wrap whatever the
 * engine throws while starting a process or completing a task in a {@code RestException} with status 500 ("Cannot
 * complete task …: …"), whether the cause was a fault or the caller's own doing: a variable the form does not have,
 * a Java-serialized value, a task completed meanwhile, a signature the standard's status no longer allows. These
 * mappers find the refusal among the causes ({@link Refusals}) and answer it with 400, 403, 404 or 409, in the API's
 * own error format ({@code type}, {@code message}, {@code code}), and one line in the log. What Camunda answers with
 * 4xx itself keeps its answer, and gets the same line. A fault is left to Camunda's own mappers, which answer 500 and
 * log it with its stack trace.
 * <p>
 * Input that breaks a form's rules is answered 400, as the engine REST API answers its own form checks, not 422 as
 * the application's API does. The mappers win over Camunda's for the same exception types by their priority; they are
 * registered for {@code /engine-rest} and for the webapps' copy of the API ({@link EngineRestErrors}).
 */
public final class EngineRestRefusals {

    private EngineRestRefusals() {
    }

    /** The refusals wrapped by the REST resources. */
    @Priority(Priorities.USER - 100)
    public static class OfRestExceptions extends Answer implements ExtendedExceptionMapper<RestException> {

        @Override
        public boolean isMappable(RestException e) {
            return isRefusal(e);
        }

        @Override
        public Response toResponse(RestException e) {
            return answer(e);
        }
    }

    /** The refusals the engine throws to the resources that do not wrap them. */
    @Priority(Priorities.USER - 100)
    public static class OfEngineExceptions extends Answer implements ExtendedExceptionMapper<ProcessEngineException> {

        @Override
        public boolean isMappable(ProcessEngineException e) {
            return isRefusal(e);
        }

        @Override
        public Response toResponse(ProcessEngineException e) {
            return answer(e);
        }
    }

    /** What both mappers do; Jersey gives each instance the request it answers. */
    abstract static class Answer {

        @Context private HttpHeaders headers;
        @Context private UriInfo uri;
        @Context private Request request;

        /** What Camunda answers with 4xx, and what it answers with 500 though it is a refusal. */
        static boolean isRefusal(Throwable e) {
            return camundaStatus(e) < 500 || Refusals.isRefusal(e);
        }

        private static int camundaStatus(Throwable e) {
            return ExceptionHandlerHelper.getInstance().getStatus(e).getStatusCode();
        }

        Response answer(Throwable e) {
            if (camundaStatus(e) < 500) {
                // Camunda's own answer, which it logs at DEBUG only
                Response camunda = ExceptionHandlerHelper.getInstance().getResponse(e);
                Refusals.log(request.getMethod(), uri.getRequestUri().getRawPath(), camunda.getStatus(), e.getClass().getSimpleName(),
                        Refusals.summary(Refusals.of(e).map(Refusals.Refusal::reason).orElse(e)));
                Optional<Refusals.Refusal> ours = Refusals.of(e).filter(r -> r.reason() instanceof InvalidInputException);
                if (ours.isPresent()) {
                    // a form's refusal in the application's words, which Tasklist shows as they are, without Camunda's
                    // "Cannot submit task form <id>:" before them
                    ExceptionDto error = ExceptionHandlerHelper.getInstance().fromException(ours.get().reason());
                    error.setMessage(((InvalidInputException) ours.get().reason()).toPerson(language()));
                    return Response.status(camunda.getStatus()).entity(error).type(MediaType.APPLICATION_JSON_TYPE).build();
                }
                return camunda;
            }
            Refusals.Refusal refusal = Refusals.of(e).orElseThrow();
            int status = refusal.status() == 422 ? 400 : refusal.status();
            ExceptionDto error = ExceptionHandlerHelper.getInstance().fromException(refusal.reason());
            error.setMessage(refusal.message(language()));
            Refusals.log(request.getMethod(), uri.getRequestUri().getRawPath(), status, error.getType(), Refusals.summary(refusal.reason()));
            return Response.status(status).entity(error).type(MediaType.APPLICATION_JSON_TYPE).build();
        }

        /** Thai unless the caller prefers English, as in the application's API. */
        private Locale language() {
            try {
                for (Locale accepted : headers.getAcceptableLanguages()) {
                    if (accepted.getLanguage().equals("en")) {
                        return Locale.ENGLISH;
                    }
                    if (accepted.getLanguage().equals("th")) {
                        return Messages.THAI;
                    }
                }
            } catch (RuntimeException unreadable) {
                // an Accept-Language header Jersey cannot read: the refusal is answered all the same, in Thai
            }
            return Messages.THAI;
        }
    }
}
