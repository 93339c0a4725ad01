package th.go.dga.standards.drafting;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import th.go.dga.standards.draft.DraftStage;
import th.go.dga.standards.draft.DraftVersions;
import th.go.dga.standards.hearing.CommentService;
import th.go.dga.standards.hearing.HearingService;
import th.go.dga.standards.taskform.FormValues;

import static th.go.dga.standards.process.PublicHearingProcess.Var.HEARING_ID;
import static th.go.dga.standards.process.StandardLifecycleProcess.Var.*;

/** Records the answer to every comment, the revised draft and the FAQ, and publishes the hearing's summary. */
@Component("recordRevision")
class RecordRevisionDelegate implements JavaDelegate {

    private final CommentService comments;
    private final DraftVersions drafting;
    private final HearingService hearings;

    RecordRevisionDelegate(CommentService comments, DraftVersions drafting, HearingService hearings) {
        this.comments = comments;
        this.drafting = drafting;
        this.hearings = hearings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long hearingId = FormValues.number(execution.getVariable(HEARING_ID)).orElseThrow().longValue();
        // answers given one by one stay as they are unless the form says otherwise
        Revision revision = Revision.from(execution.getVariable(COMMENTS));
        for (Map.Entry<Long, Revision.Answer> answer : revision.changed(comments.forHearing(hearingId)).entrySet()) {
            comments.respond(answer.getKey(), answer.getValue().disposition(), answer.getValue().response());
        }
        String label = FormValues.text(execution.getVariable(REVISED_VERSION_LABEL)).orElseThrow();
        String ref = FormValues.text(execution.getVariable(REVISED_DOCUMENT_REF)).orElseThrow();
        drafting.record(execution.getProcessBusinessKey(), DraftStage.REVISED, label, ref,
                FormValues.text(execution.getVariable(REVISION_NOTE)).orElse(null));
        FormValues.text(execution.getVariable(FAQ_TEXT)).ifPresent(faq -> hearings.recordFaq(hearingId, faq));
        hearings.publishSummary(hearingId);
        // what the committees and signers are asked to approve from now on
        execution.setVariable(DRAFT_VERSION_LABEL, label);
        execution.setVariable(DRAFT_DOCUMENT_REF, ref);
        execution.removeVariable(RETURN_REASONS);
    }
}
