package th.go.dga.standards.taskform;

import java.util.List;

import th.go.dga.standards.validation.Violation;

/**
 * A domain rule on the input of particular steps, checked with the form when the step completes. Implementations
 * are Spring beans; they only translate between the input and a rule class with its own tests.
 */
public interface TaskInputRule {

    /** Whether the rule concerns this step of this process. */
    boolean appliesTo(String processDefinitionKey, String activityId);

    /** What is wrong with the input; empty when nothing is. */
    List<Violation> check(TaskInput input);
}
