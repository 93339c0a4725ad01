package th.go.dga.standards.taskform;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import th.go.dga.standards.validation.Violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ReasonRequiredTests {

    private static final ReasonRequired VOTE = ReasonRequired.when("decision", "REJECT", "reason", "vote.reason-required");
    private static final ReasonRequired FINAL = ReasonRequired.unless("finalDecision", "APPROVE", "finalDecisionNote", "final-approval.note-required");

    @Test
    void refusesARejectionWithoutAReasonNamingTheReasonField() {
        assertThat(VOTE.check(input("decision", "REJECT"))).extracting(Violation::field, Violation::code)
                .containsExactly(tuple("reason", "vote.reason-required"));
    }

    @Test
    void takesARejectionWithAReason() {
        assertThat(VOTE.check(input("decision", "REJECT", "reason", "ข้อ 4.2 ขัดกับมาตรฐานเดิม"))).isEmpty();
    }

    @Test
    void countsABlankReasonAsNone() {
        assertThat(VOTE.check(input("decision", "REJECT", "reason", "   "))).hasSize(1);
    }

    @Test
    void asksNoReasonOfAnApproval() {
        assertThat(VOTE.check(input("decision", "APPROVE"))).isEmpty();
        assertThat(VOTE.check(input("decision", "ABSTAIN"))).isEmpty();
        assertThat(FINAL.check(input("finalDecision", "APPROVE"))).isEmpty();
    }

    @Test
    void asksAReasonOfEveryDecisionButTheOneNamed() {
        assertThat(FINAL.check(input("finalDecision", "REVISE"))).extracting(Violation::field).containsExactly("finalDecisionNote");
        assertThat(FINAL.check(input("finalDecision", "NEW_HEARING"))).extracting(Violation::field).containsExactly("finalDecisionNote");
    }

    @Test
    void leavesAMissingDecisionToTheFormCheck() {
        assertThat(FINAL.check(input())).isEmpty();
    }

    private static TaskInput input(String... keysAndValues) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return new TaskInput("committee-vote", "UserTask_CastVote", "P-2024-0001", values, Instant.parse("2024-02-01T03:00:00Z"));
    }
}
