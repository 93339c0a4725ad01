package th.go.dga.standards.drafting;

import java.util.Map;
import java.util.Optional;

import th.go.dga.standards.draft.DraftVersion;
import th.go.dga.standards.process.StandardLifecycleProcess;

import static th.go.dga.standards.process.StandardLifecycleProcess.Var.*;

/**
 * The steps that take a draft, and the fields of their forms that name it: a Word file sent at such a step fills them
 * in, so that the form submits the version just sent.
 */
public final class DraftSteps {

    /** The form's fields for the version's label and its document. */
    private record Fields(String label, String ref) {
    }

    private static final Map<String, Fields> STEPS = Map.of(
            StandardLifecycleProcess.PREPARE_DRAFT, new Fields(DRAFT_VERSION_LABEL, DRAFT_DOCUMENT_REF),
            StandardLifecycleProcess.REVISE_DRAFT, new Fields(REVISED_VERSION_LABEL, REVISED_DOCUMENT_REF));

    private DraftSteps() {
    }

    /** Whether the step of this process takes a draft. */
    public static boolean takesDraft(String processKey, String step) {
        return StandardLifecycleProcess.KEY.equals(processKey) && STEPS.containsKey(step);
    }

    /** The values that name this version in the step's form; empty when the step takes no draft. */
    public static Optional<Map<String, Object>> values(String processKey, String step, DraftVersion version) {
        if (!takesDraft(processKey, step)) {
            return Optional.empty();
        }
        Fields fields = STEPS.get(step);
        return Optional.of(Map.of(fields.label(), version.versionLabel(), fields.ref(), version.documentRef()));
    }
}
