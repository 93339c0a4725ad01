package th.go.dga.standards.lifecycle;

import java.util.HashMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import th.go.dga.standards.process.StandardLifecycleProcess;
import th.go.dga.standards.validation.InvalidInputException;
import th.go.dga.standards.validation.Violation;

/** A standard project to register; the same fields as the registration form in Tasklist. */
@Schema(name = "RegistrationRequest")
public record RegistrationRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "หลักเกณฑ์และการประเมินระดับวิธีการทางอิเล็กทรอนิกส์สำหรับบริการภาครัฐ") String titleTh,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Criteria and assessment of electronic methods for government services") String titleEn,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"MSPR", "MRD"}, example = "MSPR") String kind,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "6") Integer number,
        @Schema(example = "5") Integer part,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "DIGITAL_PROCESS") String subjectGroup,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "wg-process") String workingGroup,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "twg-process") String technicalWorkingGroup,
        @Schema(description = "the code of the standard this one replaces", example = "มสพร. 6-2565") String revisesCode) {

    /** The start form's variables. */
    Map<String, Object> variables() {
        Map<String, Object> variables = new HashMap<>();
        put(variables, StandardLifecycleProcess.Var.TITLE_TH, titleTh);
        put(variables, StandardLifecycleProcess.Var.TITLE_EN, titleEn);
        put(variables, StandardLifecycleProcess.Var.KIND, kind);
        put(variables, StandardLifecycleProcess.Var.STANDARD_NUMBER, number == null ? null : String.valueOf(number));
        put(variables, StandardLifecycleProcess.Var.PART, part == null ? null : part.longValue());
        put(variables, StandardLifecycleProcess.Var.SUBJECT_GROUP, subjectGroup);
        put(variables, StandardLifecycleProcess.Var.WORKING_GROUP, workingGroup);
        put(variables, StandardLifecycleProcess.Var.TECHNICAL_WORKING_GROUP, technicalWorkingGroup);
        put(variables, StandardLifecycleProcess.Var.REVISES_CODE, revisesCode);
        return variables;
    }

    /** A refusal of the start form's variables, naming this request's fields: {@code number} for the form's {@code standardNumber}. */
    static InvalidInputException inRequestFields(InvalidInputException refused) {
        return new InvalidInputException(refused.violations().stream()
                .map(v -> StandardLifecycleProcess.Var.STANDARD_NUMBER.equals(v.field()) ? new Violation("number", v.code(), v.args()) : v)
                .toList());
    }

    private static void put(Map<String, Object> variables, String name, Object value) {
        if (value != null) {
            variables.put(name, value);
        }
    }
}
