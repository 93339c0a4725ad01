package th.go.dga.standards.taskform;

import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/** The values of a task's form. */
@Schema(name = "CompletionRequest")
public record CompletionRequest(
        @Schema(description = "the form's field keys and their values; lists (the revision's comments) as JSON arrays",
                example = "{\"decision\": \"REJECT\", \"reason\": \"ขอบเขตยังไม่ชัดเจน\"}") Map<String, Object> values) {
}
