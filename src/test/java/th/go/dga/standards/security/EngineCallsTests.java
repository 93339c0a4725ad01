package th.go.dga.standards.security;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EngineCallsTests {

    @Test
    void findsTheEnginePathUnderBothRoots() {
        assertThat(EngineCalls.enginePath("/engine-rest/deployment/create")).contains("/deployment/create");
        assertThat(EngineCalls.enginePath("/camunda/api/engine/engine/default/deployment/create")).contains("/deployment/create");
        assertThat(EngineCalls.enginePath("/api/standards")).isEmpty();
    }

    @Test
    void refusesDeploymentsPasswordTriesAndMovesWhateverTheBody() {
        for (String[] call : new String[][] {{"POST", "/deployment/create"}, {"POST", "/deployment/abc/redeploy"}, {"DELETE", "/deployment/abc"},
                {"POST", "/identity/verify"}, {"POST", "/process-instance/abc/modification"}, {"POST", "/modification/executeAsync"},
                {"POST", "/process-definition/key/standard-lifecycle/restart"}, {"POST", "/migration/execute"},
                {"POST", "/process-instance/delete"}, {"PUT", "/job/abc/duedate"}}) {
            assertThat(EngineCalls.refusal(call[0], call[1], Map.of())).as(call[1]).hasValueSatisfying(r -> assertThat(r.status()).isEqualTo(403));
        }
    }

    @Test
    void letsTheWorkThroughThatTheGrantsDecide() {
        assertThat(EngineCalls.refusal("GET", "/deployment", Map.of())).isEmpty();
        assertThat(EngineCalls.refusal("POST", "/task/abc/submit-form", Map.of("variables", Map.of()))).isEmpty();
        assertThat(EngineCalls.refusal("PUT", "/group/wg-data/members/anan", Map.of())).isEmpty();
        assertThat(EngineCalls.refusal("PUT", "/job/abc/retries", Map.of("retries", 1))).isEmpty();
        assertThat(EngineCalls.refusal("POST", "/process-definition/key/standard-lifecycle/submit-form", Map.of("variables", Map.of())))
                .isEmpty();
    }

    @Test
    void refusesAStartAtALaterStepOrPastTheChecks() {
        String start = "/process-definition/key/standard-lifecycle/start";
        assertThat(EngineCalls.bodyMatters("POST", start)).isTrue();
        assertThat(EngineCalls.refusal("POST", start, Map.of("startInstructions", List.of(Map.of("type", "startBeforeActivity")))))
                .hasValueSatisfying(r -> assertThat(r.field()).isEqualTo("startInstructions"));
        assertThat(EngineCalls.refusal("POST", "/process-definition/abc:1:2/submit-form", Map.of("skipCustomListeners", true)))
                .hasValueSatisfying(r -> assertThat(r.field()).isEqualTo("skipCustomListeners"));
        assertThat(EngineCalls.refusal("POST", start, Map.of("skipIoMappings", "true")))
                .hasValueSatisfying(r -> assertThat(r.field()).isEqualTo("skipIoMappings"));
        assertThat(EngineCalls.refusal("POST", start, Map.of("startInstructions", List.of(), "skipCustomListeners", false))).isEmpty();
    }

    @Test
    void refusesADueDateInARetry() {
        assertThat(EngineCalls.bodyMatters("PUT", "/job/abc/retries")).isTrue();
        assertThat(EngineCalls.bodyMatters("POST", "/job/retries")).isTrue();
        assertThat(EngineCalls.refusal("PUT", "/job/abc/retries", Map.of("retries", 1, "dueDate", "2026-11-26T09:00:00.000+0700")))
                .hasValueSatisfying(r -> assertThat(r.status()).isEqualTo(400));
        assertThat(EngineCalls.refusal("PUT", "/job-definition/abc/retries", Map.of("retries", 1, "dueDate", "2026-11-26T09:00:00.000+0700")))
                .isPresent();
    }
}
