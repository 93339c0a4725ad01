package th.go.dga.standards.drafting;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import th.go.dga.standards.hearing.Comment;
import th.go.dga.standards.hearing.CommentType;
import th.go.dga.standards.hearing.Disposition;
import th.go.dga.standards.taskform.FormValues;

import static org.assertj.core.api.Assertions.assertThat;

class RevisionTests {

    private final List<Comment> comments = List.of(comment(1, "C2567-000001"), comment(2, "C2567-000002"));

    @Test
    void acceptsAnAnswerForEveryComment() {
        String submitted = FormValues.json(List.of(
                Map.of("commentId", 1, "disposition", "ACCEPTED", "response", "แก้ไขแล้ว"),
                Map.of("commentId", 2, "disposition", "NOTED", "response", "รับทราบ")));

        assertThat(Revision.violations(submitted, comments)).isEmpty();
        assertThat(Revision.from(submitted).answers().get(1L)).isEqualTo(new Revision.Answer(Disposition.ACCEPTED, "แก้ไขแล้ว"));
    }

    @Test
    void namesEachCommentLeftWithoutAnswerAndEachHalfAnswer() {
        String submitted = FormValues.json(List.of(Map.of("commentId", 1, "disposition", "ACCEPTED", "response", " ")));

        assertThat(Revision.violations(submitted, comments)).extracting(v -> v.field() + ":" + v.code())
                .containsExactly("comments[0].response:form.required", "comments:revision.comment-unanswered", "comments:revision.comment-unanswered");
        assertThat(Revision.violations(submitted, comments)).filteredOn(v -> v.code().equals("revision.comment-unanswered"))
                .extracting(v -> v.args().get(0)).containsExactly("C2567-000001", "C2567-000002");
    }

    @Test
    void anAnswerGivenOneByOneIsAnAnswerAndTheFormChangesOnlyWhatItSaysOtherwise() {
        List<Comment> answeredBefore = List.of(answered(comment(1, "C2567-000001"), Disposition.NOTED, "รับทราบ"), comment(2, "C2567-000002"));
        String submitted = FormValues.json(List.of(
                Map.of("commentId", 1, "disposition", "NOTED", "response", "รับทราบ"),
                Map.of("commentId", 2, "disposition", "ACCEPTED", "response", "แก้ไขแล้ว")));

        assertThat(Revision.violations(FormValues.json(List.of(Map.of("commentId", 1))), answeredBefore)).extracting(v -> v.args().get(0))
                .containsExactly("C2567-000002");
        assertThat(Revision.from(submitted).changed(answeredBefore)).containsOnlyKeys(2L);
    }

    private static Comment answered(Comment c, Disposition disposition, String response) {
        return new Comment(c.id(), c.hearingId(), c.referenceNo(), null, c.clause(), c.type(), c.commentText(), null, c.name(), null,
                c.email(), c.consentVersion(), false, c.receivedAt(), disposition, response, "anan", Instant.now(), null, null);
    }

    @Test
    void refusesAnswersToCommentsOfAnotherHearing() {
        String submitted = FormValues.json(List.of(
                Map.of("commentId", 1, "disposition", "ACCEPTED", "response", "ok"),
                Map.of("commentId", 2, "disposition", "ACCEPTED", "response", "ok"),
                Map.of("commentId", 99, "disposition", "ACCEPTED", "response", "ok")));

        assertThat(Revision.violations(submitted, comments)).extracting(v -> v.field() + ":" + v.code())
                .containsExactly("comments[2]:revision.unknown-comment");
    }

    @Test
    void showsEachCommentInTheForm() {
        assertThat(Revision.formItems(comments)).extracting(i -> i.get("reference")).containsExactly("C2567-000001", "C2567-000002");
    }

    private static Comment comment(long id, String reference) {
        return new Comment(id, 7, reference, null, "5.1", CommentType.TECHNICAL, "ข้อความ", null, "ผู้แสดงความคิดเห็น", null,
                "a@example.org", "1.0", false, Instant.now(), null, null, null, null, null, null);
    }
}
