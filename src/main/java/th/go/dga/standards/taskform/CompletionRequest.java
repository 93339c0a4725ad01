package th.go.dga.standards.taskform;

import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/** The values of a task's form, and the user's password again where the step asks for it. */
@Schema(name = "CompletionRequest")
public record CompletionRequest(
        @Schema(description = "the form's field keys and their values; lists (the revision's comments) as JSON arrays",
                example = "{\"decision\": \"REJECT\", \"reason\": \"ขอบเขตยังไม่ชัดเจน\"}") Map<String, Object> values,
        @Schema(description = "the user's password again, which a signature asks for (signDecision SIGN at a sign step); checked, never kept",
                format = "password", accessMode = Schema.AccessMode.WRITE_ONLY, requiredMode = Schema.RequiredMode.NOT_REQUIRED) String password) {

    public CompletionRequest(Map<String, Object> values) {
        this(values, null);
    }
}
