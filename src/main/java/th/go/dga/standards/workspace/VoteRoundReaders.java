package th.go.dga.standards.workspace;

import java.util.List;

import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.registry.StandardKind;
import th.go.dga.standards.security.Caller;
import th.go.dga.standards.security.Groups;
import th.go.dga.standards.voting.VoteRound;
import th.go.dga.standards.voting.VotingBody;

/**
 * Who may read a standard's vote rounds, with every member's decision and reason once a round has closed: the
 * secretariat, who runs the votes; the director and the chairman, who sign what the votes approved; the members of
 * the bodies that vote on the standard (the committee only on a digital government standard, unless a round was put to it); and its working group, who revise the draft from the reasons. A member of a
 * body that votes on other standards only, or the public, may not.
 */
final class VoteRoundReaders {

    private static final List<String> SIGNERS_AND_SECRETARIAT = List.of(Groups.SECRETARIAT, Groups.DIRECTOR, Groups.DGDC_CHAIR);

    private VoteRoundReaders() {
    }

    static boolean maySee(Caller caller, Standard standard, List<VoteRound> rounds) {
        if (!caller.isAuthenticated()) {
            return false;
        }
        if (SIGNERS_AND_SECRETARIAT.stream().anyMatch(caller::isIn) || caller.isIn(standard.workingGroup())) {
            return true;
        }
        // the bodies that vote on it, before their first round has opened; the committee votes on government standards only
        for (VotingBody body : VotingBody.values()) {
            boolean votesOnIt = body != VotingBody.DGDC || standard.kind() == StandardKind.MRD;
            if (votesOnIt && caller.isIn(body.groupFor(standard.technicalWorkingGroup()))) {
                return true;
            }
        }
        // and whoever a round was put to, should they have left its group since
        return rounds.stream().anyMatch(r -> caller.isIn(r.votingGroup())
                || r.voted().stream().anyMatch(m -> m.userId().equals(caller.userId()))
                || r.notVoted().stream().anyMatch(m -> m.userId().equals(caller.userId())));
    }
}
