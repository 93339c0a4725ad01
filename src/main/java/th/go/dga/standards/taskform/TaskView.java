package th.go.dga.standards.taskform;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A task with the standard it is about.
 *
 * @param form   the Camunda Form of the task (form-js schema), in the detail only
 * @param values the current values of the form's fields and the standard's context, in the detail only
 */
@Schema(name = "Task")
public record TaskView(
        String id,
        @Schema(example = "ลงมติ") String name,
        @Schema(description = "the step of the process", example = "UserTask_CastVote") String step,
        @Schema(example = "committee-vote") String process,
        @Schema(example = "chaiwat") String assignee,
        List<String> candidateGroups,
        Instant created,
        Instant due,
        StandardContext standard,
        @Schema(description = "the form to fill in, a form-js schema") JsonNode form,
        Map<String, Object> values) {

    /** The standard a task is about. */
    @Schema(name = "TaskStandard")
    public record StandardContext(@Schema(example = "STD-00016") String id, @Schema(example = "(ร่าง) มสพร. 6-5") String code, String titleTh,
                                  @Schema(example = "TWG_REVIEW") String status) {
    }
}
