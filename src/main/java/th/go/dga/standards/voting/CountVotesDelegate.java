package th.go.dga.standards.voting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import th.go.dga.standards.validation.Messages;

import static th.go.dga.standards.process.CommitteeVoteProcess.Var.*;

/** Closes the ballot and counts it; the outcome and the reasons go back to the process that asked for the vote. */
@Component("countVotes")
class CountVotesDelegate implements JavaDelegate {

    private final BallotService ballots;

    CountVotesDelegate(BallotService ballots) {
        this.ballots = ballots;
    }

    @Override
    public void execute(DelegateExecution execution) {
        BallotResult result = ballots.close(((Number) execution.getVariable(BALLOT_ID)).longValue());
        Tally t = result.tally();
        String summary = Messages.get("vote.summary", execution.getVariable(VOTING_BODY_NAME), result.outcome().labelTh(),
                t.approve(), t.reject(), t.abstain(), t.members());
        execution.setVariable(VOTE_OUTCOME, result.outcome().name());
        execution.setVariable(VOTE_SUMMARY, summary);
        // the reasons go back only with a draft that was not approved: an approved draft carries no reasons to answer
        execution.setVariable(VOTE_REASONS, result.outcome() == VoteOutcome.APPROVED ? null
                : result.reasons().isEmpty() ? summary : summary + "\n" + result.reasons());
    }
}
