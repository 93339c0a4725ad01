package th.go.dga.standards.drafting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import th.go.dga.standards.draft.DraftStage;
import th.go.dga.standards.draft.DraftVersions;
import th.go.dga.standards.taskform.FormValues;

import static th.go.dga.standards.process.StandardLifecycleProcess.Var.*;

/** Records the draft the working group has just submitted. */
@Component("recordDraftVersion")
class RecordDraftVersionDelegate implements JavaDelegate {

    private final DraftVersions drafting;

    RecordDraftVersionDelegate(DraftVersions drafting) {
        this.drafting = drafting;
    }

    @Override
    public void execute(DelegateExecution execution) {
        drafting.record(execution.getProcessBusinessKey(), DraftStage.DRAFT,
                FormValues.text(execution.getVariable(DRAFT_VERSION_LABEL)).orElseThrow(),
                FormValues.text(execution.getVariable(DRAFT_DOCUMENT_REF)).orElseThrow(),
                FormValues.text(execution.getVariable(DRAFT_NOTE)).orElse(null));
        // the reasons of an earlier rejection have been answered by this draft
        execution.removeVariable(RETURN_REASONS);
    }
}
