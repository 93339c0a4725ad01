package th.go.dga.standards.validation;

import java.sql.SQLException;
import java.util.Locale;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.junit.jupiter.api.Test;

import jakarta.ws.rs.core.Response;

import static org.assertj.core.api.Assertions.assertThat;

class RefusalsTests {

    @Test
    void findsTheRefusalUnderTheEnginesAndTheRestApisWrappers() {
        InvalidInputException invalid = new InvalidInputException(Violation.of("promotedBy", "form.not-an-input", "promotedBy"));
        Throwable wrapped = new RestException(Response.Status.INTERNAL_SERVER_ERROR,
                new ProcessEngineException("ENGINE-03051 There was an exception while invoking the TaskListener", invalid), "Cannot complete task t1");

        Refusals.Refusal refusal = Refusals.of(wrapped).orElseThrow();

        assertThat(refusal.status()).isEqualTo(422);
        assertThat(refusal.slug()).isEqualTo("invalid-input");
        assertThat(refusal.reason()).isSameAs(invalid);
        assertThat(refusal.message(Locale.ENGLISH)).startsWith("promotedBy: \"promotedBy\" is not an input");
    }

    @Test
    void answersEachKindOfRefusalWithItsStatus() {
        assertThat(Refusals.of(new StateConflictException("vote.ballot-closed")).orElseThrow().status()).isEqualTo(409);
        assertThat(Refusals.of(new NotFoundException("hearing.not-found", "7")).orElseThrow().status()).isEqualTo(404);
        assertThat(Refusals.of(new NullValueException("Cannot find task with id t1: task is null")).orElseThrow().status()).isEqualTo(404);
        assertThat(Refusals.of(new AuthorizationException("somsri", "UPDATE", "Task", "t1")).orElseThrow().status()).isEqualTo(403);
        assertThat(Refusals.of(new BadUserRequestException("ENGINE-13024 Cannot skip custom listeners")).orElseThrow().status()).isEqualTo(400);
        assertThat(Refusals.of(new ProcessEngineException("ENGINE-17007 Cannot set variable with name decision. Java serialization format is prohibited"))
                .orElseThrow().status()).isEqualTo(400);
        assertThat(Refusals.of(new ProcessEngineException("Cannot deserialize object in variable 'decision'",
                new RuntimeException("The following classes are not whitelisted for deserialization: [java.io.File]"))).orElseThrow().status())
                .isEqualTo(400);
        assertThat(Refusals.of(new MalformedRequestException(Violation.of("file", "document.filename-unreadable"))).orElseThrow().status())
                .isEqualTo(400);
    }

    @Test
    void aFaultIsNoRefusal() {
        assertThat(Refusals.of(new IllegalStateException("form prepare-draft is not part of deployment d1"))).isEmpty();
        assertThat(Refusals.of(new NullValueException("variableName is null"))).isEmpty();
        assertThat(Refusals.of(new RestException(Response.Status.INTERNAL_SERVER_ERROR,
                new ProcessEnginePersistenceException("An exception occurred in the persistence layer", new SQLException("Table not found")),
                "Cannot query"))).isEmpty();
        assertThat(Refusals.of(null)).isEmpty();
    }

    @Test
    void aChainOfCausesThatLoopsEnds() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);

        assertThat(Refusals.of(first)).isEmpty();
    }

    @Test
    void summarisesARefusalWithoutTheValuesSent() {
        assertThat(Refusals.summary(new InvalidInputException(Violation.of("email", "form.email", "somying@example.go.th"))))
                .isEqualTo("[email (form.email)]");
        assertThat(Refusals.summary(new StateConflictException("stakeholder.exists", "somying@example.go.th"))).isEqualTo("stakeholder.exists");
        assertThat(Refusals.summary(new BadUserRequestException("ENGINE-13024 Cannot skip custom listeners"))).isEqualTo("ENGINE-13024");
        assertThat(Refusals.summary(new NullValueException("Cannot find task with id t1"))).isEqualTo("-");
    }
}
