package th.go.dga.standards.hearing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an answer to a comment must hold, wherever it is given: the API and the workspace's page alike.
 */
class CommentRulesTests {

    @Test
    void anAnswerHoldsADispositionAndAResponseNoLongerThanItsColumn() {
        assertThat(CommentRules.answerViolations(Disposition.ACCEPTED, "แก้ไขตามข้อคิดเห็นแล้ว")).isEmpty();
        assertThat(CommentRules.answerViolations(null, " ")).extracting(v -> v.field() + ":" + v.code())
                .containsExactly("disposition:form.required", "response:form.required");
        assertThat(CommentRules.answerViolations(Disposition.NOTED, "ก".repeat(16_001))).extracting(v -> v.field() + ":" + v.code())
                .containsExactly("response:form.too-long");
        assertThat(CommentRules.answerViolations(Disposition.NOTED, "รับทราบ\u202E")).extracting(v -> v.field()).containsExactly("response");
    }
}
