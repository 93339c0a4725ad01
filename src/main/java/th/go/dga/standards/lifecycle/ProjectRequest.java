package th.go.dga.standards.lifecycle;

import java.util.Map;

import th.go.dga.standards.registry.StandardKind;
import th.go.dga.standards.taskform.FormValues;

import static th.go.dga.standards.process.StandardLifecycleProcess.Var.*;

/**
 * A request to register a standard project, as the registration form submits it.
 *
 * @param revisesCode the code of the standard this one will replace, as typed; null for a new standard
 */
public record ProjectRequest(
        String titleTh,
        String titleEn,
        StandardKind kind,
        Integer number,
        Integer part,
        String subjectGroup,
        String workingGroup,
        String technicalWorkingGroup,
        String revisesCode) {

    /** Reads the request from the form's variables; values that cannot be read are left empty for the checks to report. */
    public static ProjectRequest from(Map<String, Object> values) {
        StandardKind kind = FormValues.text(values.get(KIND)).map(k -> {
            try {
                return StandardKind.valueOf(k);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }).orElse(null);
        return new ProjectRequest(
                FormValues.text(values.get(TITLE_TH)).orElse(null),
                FormValues.text(values.get(TITLE_EN)).orElse(null),
                kind,
                FormValues.integer(values.get(STANDARD_NUMBER)).orElse(null),
                FormValues.integer(values.get(PART)).orElse(null),
                FormValues.text(values.get(SUBJECT_GROUP)).orElse(null),
                FormValues.text(values.get(WORKING_GROUP)).orElse(null),
                FormValues.text(values.get(TECHNICAL_WORKING_GROUP)).orElse(null),
                FormValues.text(values.get(REVISES_CODE)).orElse(null));
    }
}
