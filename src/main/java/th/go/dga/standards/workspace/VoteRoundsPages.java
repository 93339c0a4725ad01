package th.go.dga.standards.workspace;

import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.registry.StandardRegistry;
import th.go.dga.standards.security.Caller;
import th.go.dga.standards.voting.BallotHistory;
import th.go.dga.standards.voting.VoteRound;

/**
 * A standard's vote rounds, newest first: who has voted in a round still open, and in a closed one who voted what and
 * why, who did not vote, the quorum and the body's rule, and the outcome in words.
 */
@Controller
class VoteRoundsPages {

    private final StandardRegistry registry;
    private final BallotHistory history;

    VoteRoundsPages(StandardRegistry registry, BallotHistory history) {
        this.registry = registry;
        this.history = history;
    }

    @GetMapping("/work/standards/{standardId}/votes")
    String rounds(@PathVariable String standardId, Authentication authentication, Model model) {
        Standard standard = registry.get(standardId);
        List<VoteRound> rounds = history.rounds(standardId);
        if (!VoteRoundReaders.maySee(Caller.of(authentication), standard, rounds)) {
            throw new AccessDeniedException("the vote rounds of " + standardId + " are not for " + authentication.getName());
        }
        model.addAttribute("standard", standard);
        model.addAttribute("rounds", rounds);
        return "work/vote-rounds";
    }
}
