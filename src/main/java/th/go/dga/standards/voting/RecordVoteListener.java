package th.go.dga.standards.voting;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import th.go.dga.standards.taskform.FormValues;

import static th.go.dga.standards.process.CommitteeVoteProcess.Var.*;

/** Records a member's vote when their voting task completes. The task belongs to the member: the vote is theirs. */
@Component("recordVote")
class RecordVoteListener implements TaskListener {

    private final BallotService ballots;

    RecordVoteListener(BallotService ballots) {
        this.ballots = ballots;
    }

    @Override
    public void notify(DelegateTask task) {
        ballots.cast(((Number) task.getVariable(BALLOT_ID)).longValue(), task.getAssignee(),
                VoteDecision.valueOf((String) task.getVariable(DECISION)),
                FormValues.text(task.getVariable(REASON)).orElse(null));
    }
}
