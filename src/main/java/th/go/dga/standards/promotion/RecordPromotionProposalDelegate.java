package th.go.dga.standards.promotion;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import th.go.dga.standards.draft.DraftStage;
import th.go.dga.standards.draft.DraftVersions;
import th.go.dga.standards.taskform.FormValues;

import static th.go.dga.standards.process.StandardLifecycleProcess.Var.*;
import static th.go.dga.standards.process.StandardPromotionProcess.Var.*;

/** Records the text proposed to the committee; it is what the committee votes on and the chairman signs. */
@Component("recordPromotionProposal")
class RecordPromotionProposalDelegate implements JavaDelegate {

    private final DraftVersions drafting;

    RecordPromotionProposalDelegate(DraftVersions drafting) {
        this.drafting = drafting;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String label = FormValues.text(execution.getVariable(PROPOSAL_VERSION_LABEL)).orElseThrow();
        String ref = FormValues.text(execution.getVariable(PROPOSAL_DOCUMENT_REF)).orElseThrow();
        drafting.record(execution.getProcessBusinessKey(), DraftStage.PROPOSAL, label, ref,
                FormValues.text(execution.getVariable(PROPOSAL_SUMMARY)).orElse(null));
        execution.setVariable(DRAFT_VERSION_LABEL, label);
        execution.setVariable(DRAFT_DOCUMENT_REF, ref);
        execution.removeVariable(RETURN_REASONS);
    }
}
