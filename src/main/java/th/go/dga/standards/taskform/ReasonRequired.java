package th.go.dga.standards.taskform;

import java.util.List;
import java.util.function.Predicate;

import th.go.dga.standards.validation.Violation;

/**
 * A decision that does not simply approve says why: whoever acts next (the working group, the committee) works from
 * that reason. One rule for every such step — a vote to reject, a final approval that sends the draft back, a
 * signature that returns the standard — each with its own fields and its own message.
 *
 * @param decision     the field holding the decision
 * @param needsReason  which decisions need a reason
 * @param reason       the field holding the reason
 * @param messageCode  the message that names what is missing, in the words of the step
 */
public record ReasonRequired(String decision, Predicate<String> needsReason, String reason, String messageCode) {

    /** A reason whenever the decision is {@code value}. */
    public static ReasonRequired when(String decision, String value, String reason, String messageCode) {
        return new ReasonRequired(decision, value::equals, reason, messageCode);
    }

    /** A reason whenever the decision is anything but {@code value}. */
    public static ReasonRequired unless(String decision, String value, String reason, String messageCode) {
        return new ReasonRequired(decision, Predicate.not(value::equals), reason, messageCode);
    }

    /** The missing reason, naming the reason's field; nothing when the decision needs none or a reason is given. */
    public List<Violation> check(TaskInput input) {
        boolean needed = input.text(decision).filter(needsReason).isPresent();
        return needed && input.text(reason).isEmpty() ? List.of(Violation.of(reason, messageCode)) : List.of();
    }
}
