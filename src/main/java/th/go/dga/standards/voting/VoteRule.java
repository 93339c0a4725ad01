package th.go.dga.standards.voting;

import java.util.List;

import org.springframework.stereotype.Component;

import th.go.dga.standards.process.CommitteeVoteProcess;
import th.go.dga.standards.taskform.ReasonRequired;
import th.go.dga.standards.taskform.TaskInput;
import th.go.dga.standards.taskform.TaskInputRule;
import th.go.dga.standards.validation.Violation;

/** A vote to reject needs a reason: the working group revises the draft from it. */
@Component
class VoteRule implements TaskInputRule {

    private static final ReasonRequired REASON = ReasonRequired.when(CommitteeVoteProcess.Var.DECISION, VoteDecision.REJECT.name(),
            CommitteeVoteProcess.Var.REASON, "vote.reason-required");

    @Override
    public boolean appliesTo(String processDefinitionKey, String activityId) {
        return CommitteeVoteProcess.KEY.equals(processDefinitionKey) && CommitteeVoteProcess.CAST_VOTE.equals(activityId);
    }

    @Override
    public List<Violation> check(TaskInput input) {
        return REASON.check(input);
    }
}
