package th.go.dga.standards.progress;

import java.time.Instant;
import java.util.List;

/**
 * Where a standard stands in its lifecycle, as the page shows it: the steps of the deployed process in reading order,
 * each done (and when), current (and since when) or still to come. Steps of a branch the standard did not take, and
 * of a withdrawal that did not happen, are left out. The fragment {@code fragments/where :: whereItStands(where)}
 * draws it.
 *
 * @param standardId          the standard, the business key of its process
 * @param processDefinitionId the deployed definition its lifecycle runs on, the one drawn
 * @param processName         that process's Thai name
 * @param ended               whether the lifecycle has ended (published, in force or withdrawn)
 * @param steps               the steps, in reading order
 * @param done                every activity of the process that has been done, with the last time it was, for the drawing
 * @param current             the activities the process is at now, for the drawing
 */
public record WhereItStands(String standardId, String processDefinitionId, String processName, boolean ended, List<Step> steps,
                            List<Done> done, List<String> current) {

    public WhereItStands {
        steps = List.copyOf(steps);
        done = List.copyOf(done);
        current = List.copyOf(current);
    }

    /** How far a step is. */
    public enum State {
        DONE, CURRENT, TO_COME
    }

    /**
     * One step as the list shows it.
     *
     * @param activityId the element's id in the model
     * @param name       the element's Thai name in the model
     * @param doneAt     when it was last done; for a step to come again, when it was done the time before
     * @param since      for the current step, when it began
     * @param branch     the name of the decision's branch this step lies on ("มสพร.", "มรด."), or null
     * @param now        for a current call of another process, the steps of that process it is waiting on
     */
    public record Step(String activityId, String name, State state, Instant doneAt, Instant since, String branch, List<String> now) {

        public Step {
            now = now == null ? List.of() : List.copyOf(now);
        }

        public boolean isDone() {
            return state == State.DONE;
        }

        public boolean isCurrent() {
            return state == State.CURRENT;
        }

        public boolean isToCome() {
            return state == State.TO_COME;
        }
    }

    /** An activity done, and the last time it was. */
    public record Done(String activityId, Instant endedAt) {
    }

    /** The step the standard is at now, or null once its lifecycle has ended. */
    public Step currentStep() {
        return steps.stream().filter(Step::isCurrent).findFirst().orElse(null);
    }
}
