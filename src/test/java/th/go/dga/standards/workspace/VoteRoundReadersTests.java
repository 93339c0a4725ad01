package th.go.dga.standards.workspace;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.registry.StandardKind;
import th.go.dga.standards.registry.StandardStatus;
import th.go.dga.standards.security.Caller;
import th.go.dga.standards.voting.Fraction;
import th.go.dga.standards.voting.VoteRound;
import th.go.dga.standards.voting.VotingBody;
import th.go.dga.standards.voting.VotingRule;

import static org.assertj.core.api.Assertions.assertThat;

class VoteRoundReadersTests {

    private static final VotingRule MAJORITY = new VotingRule(Fraction.valueOf("1/2"), Fraction.valueOf("1/2"), null);

    private static Standard standard(StandardKind kind) {
        return new Standard("STD-00042", kind, 6, 5, null, "มาตรฐานทดสอบ", null, "1.0", "DIGITAL_PROCESS", "wg-process", "twg-process",
                StandardStatus.TWG_REVIEW, null, null, null, null, Instant.EPOCH, Instant.EPOCH);
    }

    private static Caller caller(String user, String... groups) {
        return new Caller(user, Set.of(groups));
    }

    private static VoteRound openRoundOf(String group, String... voted) {
        return new VoteRound(1, VotingBody.TWG, group, group, 3, Instant.EPOCH, Instant.EPOCH, null, null, null, MAJORITY, List.of(),
                Arrays.stream(voted).map(v -> new VoteRound.Member(v, v)).toList(), List.of(), false);
    }

    @Test
    void theSecretariatAndTheSignersReadEveryStandardsRounds() {
        for (String group : List.of("secretariat", "director", "dgdc-chair")) {
            assertThat(VoteRoundReaders.maySee(caller("someone", group), standard(StandardKind.MSPR), List.of())).as(group).isTrue();
        }
    }

    @Test
    void theBodiesThatVoteOnTheStandardAndItsWorkingGroupReadItsRoundsBeforeTheFirstOpens() {
        assertThat(VoteRoundReaders.maySee(caller("chaiwat", "twg-process"), standard(StandardKind.MSPR), List.of())).isTrue();
        assertThat(VoteRoundReaders.maySee(caller("prasert", "drafting-committee"), standard(StandardKind.MSPR), List.of())).isTrue();
        assertThat(VoteRoundReaders.maySee(caller("anan", "wg-process"), standard(StandardKind.MSPR), List.of())).isTrue();
    }

    @Test
    void theDigitalGovernmentCommitteeReadsTheRoundsOfGovernmentStandardsOnly() {
        assertThat(VoteRoundReaders.maySee(caller("kanya", "dgdc"), standard(StandardKind.MRD), List.of())).isTrue();
        assertThat(VoteRoundReaders.maySee(caller("kanya", "dgdc"), standard(StandardKind.MSPR), List.of())).isFalse();
        // unless a round was put to it
        assertThat(VoteRoundReaders.maySee(caller("kanya", "dgdc"), standard(StandardKind.MSPR), List.of(openRoundOf("dgdc")))).isTrue();
    }

    @Test
    void aMemberWhoHasLeftTheGroupStillReadsTheRoundTheyVotedIn() {
        assertThat(VoteRoundReaders.maySee(caller("malee"), standard(StandardKind.MSPR), List.of(openRoundOf("twg-other", "malee")))).isTrue();
    }

    @Test
    void otherProjectsGroupsAndThePublicMayNot() {
        assertThat(VoteRoundReaders.maySee(caller("narong", "twg-security"), standard(StandardKind.MSPR), List.of(openRoundOf("twg-process"))))
                .isFalse();
        assertThat(VoteRoundReaders.maySee(caller("kittipong", "wg-security"), standard(StandardKind.MSPR), List.of())).isFalse();
        assertThat(VoteRoundReaders.maySee(Caller.ANONYMOUS, standard(StandardKind.MSPR), List.of())).isFalse();
    }
}
