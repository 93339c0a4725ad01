package th.go.dga.standards.voting;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import th.go.dga.standards.time.BuddhistEra;

import static th.go.dga.standards.process.CommitteeVoteProcess.Var.*;

/** Opens a ballot for the members of the body's group: one voting task each, due at the end of the voting period. */
@Component("openBallot")
class OpenBallotDelegate implements JavaDelegate {

    private final BallotService ballots;

    OpenBallotDelegate(BallotService ballots) {
        this.ballots = ballots;
    }

    @Override
    public void execute(DelegateExecution execution) {
        VotingBody body = VotingBody.valueOf((String) execution.getVariable(VOTING_BODY));
        Ballot ballot = ballots.open(execution.getProcessBusinessKey(), body, (String) execution.getVariable(VOTING_GROUP));
        execution.setVariable(BALLOT_ID, ballot.id());
        execution.setVariable(VOTERS, ballot.voters());
        execution.setVariable(VOTING_BODY_NAME, body.nameTh());
        execution.setVariable(VOTING_DUE_DATE, Date.from(ballot.dueAt()));
        execution.setVariable(VOTING_DUE_TEXT, BuddhistEra.format(ballot.dueAt()));
        execution.removeVariable(NO_QUORUM_ACTION);
    }
}
