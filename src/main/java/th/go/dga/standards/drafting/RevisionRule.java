package th.go.dga.standards.drafting;

import java.util.List;

import org.springframework.stereotype.Component;

import th.go.dga.standards.hearing.CommentService;
import th.go.dga.standards.process.PublicHearingProcess;
import th.go.dga.standards.process.StandardLifecycleProcess;
import th.go.dga.standards.taskform.TaskInput;
import th.go.dga.standards.taskform.TaskInputRule;
import th.go.dga.standards.validation.Violation;

/** The revision cannot complete until every comment of the hearing has a disposition and a response. */
@Component
class RevisionRule implements TaskInputRule {

    private final CommentService comments;

    RevisionRule(CommentService comments) {
        this.comments = comments;
    }

    @Override
    public boolean appliesTo(String processDefinitionKey, String activityId) {
        return StandardLifecycleProcess.KEY.equals(processDefinitionKey) && StandardLifecycleProcess.REVISE_DRAFT.equals(activityId);
    }

    @Override
    public List<Violation> check(TaskInput input) {
        long hearingId = input.number(PublicHearingProcess.Var.HEARING_ID).orElseThrow().longValue();
        return Revision.violations(input.get(Revision.COMMENTS), comments.forHearing(hearingId));
    }
}
