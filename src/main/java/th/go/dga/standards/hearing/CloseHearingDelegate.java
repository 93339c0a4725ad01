package th.go.dga.standards.hearing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static th.go.dga.standards.process.PublicHearingProcess.Var.COMMENT_COUNT;
import static th.go.dga.standards.process.PublicHearingProcess.Var.HEARING_ID;
import static th.go.dga.standards.process.PublicHearingProcess.Var.LEGAL_DATE_REACHED;

/**
 * The comment period has ended: no more comments; their number goes back to the project. A timer made to fire early
 * leaves the period open until its stored last day.
 */
@Component("closeHearing")
class CloseHearingDelegate implements JavaDelegate {

    private final HearingService hearings;
    private final CommentService comments;

    CloseHearingDelegate(HearingService hearings, CommentService comments) {
        this.hearings = hearings;
        this.comments = comments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long hearingId = ((Number) execution.getVariable(HEARING_ID)).longValue();
        boolean closed = hearings.closeIfDue(hearingId);
        execution.setVariable(LEGAL_DATE_REACHED, closed);
        if (closed) {
            execution.setVariable(COMMENT_COUNT, comments.count(hearingId));
        } else {
            HearingTimers.set(execution, hearings.get(hearingId));
        }
    }
}
