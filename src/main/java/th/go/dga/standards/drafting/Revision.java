package th.go.dga.standards.drafting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import th.go.dga.standards.hearing.Comment;
import th.go.dga.standards.hearing.Disposition;
import th.go.dga.standards.taskform.FormValues;
import th.go.dga.standards.validation.Violation;

/**
 * The working group's answers to the comments of a hearing, as the revision form submits them: one item per
 * comment, each with a disposition and a response.
 *
 * @param answers the answer to each comment, by the comment's id
 */
public record Revision(Map<Long, Answer> answers) {

    /** The list the revision form shows and submits. */
    public static final String COMMENTS = "comments";

    /** One comment's disposition and response. */
    public record Answer(Disposition disposition, String response) {
    }

    /** The form's items for these comments: read-only comment fields, and the answer given so far if any. */
    public static List<Map<String, Object>> formItems(List<Comment> comments) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Comment c : comments) {
            Map<String, Object> item = new HashMap<>();
            item.put("commentId", c.id());
            item.put("reference", c.referenceNo());
            item.put("clause", c.clause() == null ? "" : c.clause());
            item.put("commentText", c.commentText());
            item.put("proposedChange", c.proposedChange() == null ? "" : c.proposedChange());
            item.put("disposition", c.disposition() == null ? null : c.disposition().name());
            item.put("response", c.response());
            items.add(item);
        }
        return items;
    }

    /** The answers of the form that say something other than what is recorded: the ones to record. */
    public Map<Long, Answer> changed(List<Comment> recorded) {
        Map<Long, Answer> changed = new HashMap<>(answers);
        for (Comment c : recorded) {
            Answer answer = changed.get(c.id());
            if (answer != null && answer.disposition() == c.disposition() && answer.response().equals(c.response())) {
                changed.remove(c.id());
            }
        }
        return changed;
    }

    /** Reads the submitted items; items without a readable id, disposition or response are left out. */
    public static Revision from(Object submitted) {
        Map<Long, Answer> answers = new HashMap<>();
        for (Map<String, Object> item : FormValues.items(submitted).orElse(List.of())) {
            Optional<Long> id = FormValues.number(item.get("commentId")).map(n -> n.longValue());
            Optional<Disposition> disposition = FormValues.text(item.get("disposition")).flatMap(Revision::disposition);
            Optional<String> response = FormValues.text(item.get("response"));
            if (id.isPresent() && disposition.isPresent() && response.isPresent()) {
                answers.put(id.get(), new Answer(disposition.get(), response.get()));
            }
        }
        return new Revision(answers);
    }

    /**
     * Every comment must have an answer, in the form or given before, one by one; answers to comments that are not of
     * this hearing are refused.
     */
    public static List<Violation> violations(Object submitted, List<Comment> comments) {
        List<Violation> violations = new ArrayList<>();
        List<Map<String, Object>> items = FormValues.items(submitted).orElse(List.of());
        Set<Long> known = comments.stream().map(Comment::id).collect(Collectors.toSet());
        Map<Long, Answer> answers = from(submitted).answers();
        for (int i = 0; i < items.size(); i++) {
            Optional<Long> id = FormValues.number(items.get(i).get("commentId")).map(n -> n.longValue());
            if (id.isEmpty() || !known.contains(id.get())) {
                violations.add(Violation.of(COMMENTS + "[" + i + "]", "revision.unknown-comment"));
                continue;
            }
            // an answer is a disposition and a response; half of one is a mistake, not an answer left for later
            boolean disposed = FormValues.text(items.get(i).get("disposition")).isPresent();
            boolean responded = FormValues.text(items.get(i).get("response")).isPresent();
            if (disposed != responded) {
                String missing = disposed ? "response" : "disposition";
                violations.add(Violation.of(COMMENTS + "[" + i + "]." + missing, "form.required", Violation.label(missing)));
            }
        }
        for (Comment c : comments) {
            if (!answers.containsKey(c.id()) && c.disposition() == null) {
                violations.add(Violation.of(COMMENTS, "revision.comment-unanswered", c.referenceNo()));
            }
        }
        return violations;
    }

    private static Optional<Disposition> disposition(String text) {
        try {
            return Optional.of(Disposition.valueOf(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
