package th.go.dga.standards.validation;

import java.util.Locale;

import org.camunda.bpm.engine.exception.NullValueException;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

import static org.assertj.core.api.Assertions.assertThat;

/** Engine refusals that are the caller's lot, not the server's fault, are not answered with 500. */
class ProblemDetailsTests {

    private final ProblemDetails problems = new ProblemDetails();

    @Test
    void aTaskCompletedMeanwhileByAnotherRequestIsNotFound() {
        ProblemDetail problem = problems.engineNullValue(
                new NullValueException("Cannot find task with id d83841ee: task is null"), Locale.ENGLISH);
        assertThat(problem.getStatus()).isEqualTo(404);
        assertThat(problem.getType().toString()).endsWith("/problems/not-found");
    }

    @Test
    void anyOtherMissingValueStaysAnUnexpectedError() {
        ProblemDetail problem = problems.engineNullValue(new NullValueException("variableName is null"), Locale.ENGLISH);
        assertThat(problem.getStatus()).isEqualTo(500);
    }
}
