package th.go.dga.standards.taskform;

import java.util.List;
import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import th.go.dga.standards.validation.InvalidInputException;
import th.go.dga.standards.validation.Violation;

/**
 * The current user's tasks: list, read with the form, claim, unclaim, complete.
 */
@RestController
@RequestMapping("/api/tasks")
@Tag(name = "Tasks", description = "The current user's tasks and their groups' tasks, with the standard they are about. "
        + "Completing a task checks its form and the rules of its step, as Tasklist does.")
@SecurityRequirement(name = "basic")
class TasksController {

    private final TaskWork work;

    TasksController(TaskWork work) {
        this.work = work;
    }

    @GetMapping
    @Operation(summary = "My tasks and my groups' unclaimed tasks")
    @ApiResponse(responseCode = "200", description = "The tasks, oldest first")
    @ApiResponse(responseCode = "422", description = "An unknown scope, or a standard or step that cannot be an id")
    List<TaskView> list(@Parameter(description = "mine, groups or all", example = "all") @RequestParam(required = false) String scope,
                        @Parameter(description = "only the tasks of this standard (its id)", example = "STD-00016")
                        @RequestParam(required = false) String standard,
                        @Parameter(description = "only the tasks of this step (the id of its user task in the model)", example = "UserTask_CastVote")
                        @RequestParam(required = false) String step) {
        return work.list(scope(scope), TaskWork.Filter.of(standard, step));
    }

    @GetMapping("/{taskId}")
    @Operation(summary = "One task, with its form and the form's current values")
    @ApiResponse(responseCode = "200", description = "The task")
    @ApiResponse(responseCode = "403", description = "Neither mine nor one of my groups'")
    @ApiResponse(responseCode = "404", description = "No such task")
    TaskView get(@PathVariable String taskId) {
        return work.get(taskId);
    }

    @PostMapping("/{taskId}/claim")
    @Operation(summary = "Claim a task of one of my groups")
    @ApiResponse(responseCode = "200", description = "Claimed")
    @ApiResponse(responseCode = "403", description = "Neither mine nor one of my groups'")
    @ApiResponse(responseCode = "404", description = "No such task")
    @ApiResponse(responseCode = "409", description = "Someone else has claimed it")
    TaskView claim(@PathVariable String taskId) {
        return work.claim(taskId);
    }

    @PostMapping("/{taskId}/unclaim")
    @Operation(summary = "Give a claimed task back to the group")
    @ApiResponse(responseCode = "200", description = "Back with the group")
    @ApiResponse(responseCode = "403", description = "Neither mine nor one of my groups'")
    @ApiResponse(responseCode = "404", description = "No such task")
    @ApiResponse(responseCode = "409", description = "Claimed by someone else, or a personal task such as a vote")
    TaskView unclaim(@PathVariable String taskId) {
        return work.unclaim(taskId);
    }

    @PostMapping("/{taskId}/complete")
    @Operation(summary = "Complete a task with the values of its form")
    @ApiResponse(responseCode = "204", description = "Completed")
    @ApiResponse(responseCode = "403", description = "Neither mine nor one of my groups'")
    @ApiResponse(responseCode = "404", description = "No such task")
    @ApiResponse(responseCode = "409", description = "Not claimed by me")
    @ApiResponse(responseCode = "422", description = "The values break the form or the rules of the step, or a signature comes without the "
            + "user's password or with a wrong one; the task stays open")
    ResponseEntity<Void> complete(@PathVariable String taskId, @RequestBody CompletionRequest request) {
        work.complete(taskId, request.values(), request.password());
        return ResponseEntity.noContent().build();
    }

    private static TaskWork.Scope scope(String scope) {
        if (scope == null || scope.isBlank()) {
            return TaskWork.Scope.ALL;
        }
        try {
            return TaskWork.Scope.valueOf(scope.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(Violation.of("scope", "form.not-an-option", "scope", scope));
        }
    }
}
