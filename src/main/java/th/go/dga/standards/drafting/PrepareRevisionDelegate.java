package th.go.dga.standards.drafting;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import th.go.dga.standards.hearing.Comment;
import th.go.dga.standards.hearing.CommentService;
import th.go.dga.standards.hearing.Hearing;
import th.go.dga.standards.hearing.HearingService;
import th.go.dga.standards.registry.StandardRegistry;
import th.go.dga.standards.registry.StandardStatus;
import th.go.dga.standards.taskform.FormValues;
import th.go.dga.standards.validation.Messages;

import static th.go.dga.standards.process.PublicHearingProcess.Var.COMMENT_COUNT;
import static th.go.dga.standards.process.PublicHearingProcess.Var.HEARING_ID;

/** Puts the comments of the latest hearing in front of the working group, with any answers given before. */
@Component("prepareRevision")
class PrepareRevisionDelegate implements JavaDelegate {

    private final HearingService hearings;
    private final CommentService comments;
    private final StandardRegistry registry;

    PrepareRevisionDelegate(HearingService hearings, CommentService comments, StandardRegistry registry) {
        this.hearings = hearings;
        this.comments = comments;
        this.registry = registry;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String standardId = execution.getProcessBusinessKey();
        Hearing hearing = hearings.latest(standardId).orElseThrow();
        List<Comment> received = comments.forHearing(hearing.id());
        execution.setVariable(HEARING_ID, hearing.id());
        execution.setVariable(COMMENT_COUNT, received.size());
        execution.setVariable(Revision.COMMENTS, SpinValues.jsonValue(FormValues.json(Revision.formItems(received))).create());
        registry.changeStatus(standardId, StandardStatus.REVISION, Messages.get("revision.started", received.size()));
    }
}
