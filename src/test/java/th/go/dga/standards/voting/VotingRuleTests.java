package th.go.dga.standards.voting;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static th.go.dga.standards.voting.VoteOutcome.APPROVED;
import static th.go.dga.standards.voting.VoteOutcome.NO_QUORUM;
import static th.go.dga.standards.voting.VoteOutcome.REJECTED;

class VotingRuleTests {

    /** ISO's rule: two thirds of the votes cast approve, no more than a quarter of them negative. */
    private final VotingRule iso = new VotingRule(Fraction.valueOf("1/2"), Fraction.valueOf("2/3"), Fraction.valueOf("1/4"));
    private final VotingRule majority = new VotingRule(Fraction.valueOf("1/2"), Fraction.valueOf("1/2"), null);

    @Test
    void approvesWithTwoThirdsExactly() {
        assertThat(new VotingRule(Fraction.valueOf("1/2"), Fraction.valueOf("2/3"), null).outcome(new Tally(3, 2, 1, 0))).isEqualTo(APPROVED);
    }

    @Test
    void rejectsJustBelowTwoThirds() {
        assertThat(new VotingRule(Fraction.valueOf("1/2"), Fraction.valueOf("2/3"), null).outcome(new Tally(5, 3, 2, 0))).isEqualTo(REJECTED);
    }

    @Test
    void rejectsWhenTooManyVotesAreNegativeEvenWithEnoughApprovals() {
        // 7 of 10 cast approve (>= 2/3) but 3 of 10 reject (> 1/4)
        assertThat(iso.outcome(new Tally(12, 7, 3, 0))).isEqualTo(REJECTED);
        assertThat(iso.outcome(new Tally(12, 9, 3, 0))).isEqualTo(APPROVED);
    }

    @Test
    void leavesAbstentionsOutOfTheVotesCastButCountsThemForTheQuorum() {
        // 2 approve, 1 rejects, 2 abstain of 5: quorum reached, 2/3 of votes cast approve
        assertThat(new VotingRule(Fraction.valueOf("1/2"), Fraction.valueOf("2/3"), null).outcome(new Tally(5, 2, 1, 2))).isEqualTo(APPROVED);
    }

    @Test
    void hasNoQuorumWhenTooFewTakePart() {
        assertThat(majority.outcome(new Tally(5, 2, 0, 0))).isEqualTo(NO_QUORUM);
        assertThat(majority.outcome(new Tally(4, 2, 0, 0))).isEqualTo(APPROVED);
    }

    @Test
    void aBodyWithoutMembersNeverHasAQuorum() {
        assertThat(majority.outcome(Tally.empty(0))).isEqualTo(NO_QUORUM);
        assertThat(majority.isDecided(Tally.empty(0))).isTrue();
    }

    @Test
    void rejectsWhenEveryoneAbstains() {
        assertThat(majority.outcome(new Tally(3, 0, 0, 3))).isEqualTo(REJECTED);
    }

    @Test
    void closesEarlyOnceTheOutcomeCannotChange() {
        VotingRule twoThirds = new VotingRule(Fraction.valueOf("1/2"), Fraction.valueOf("2/3"), null);
        // of 5 members: 3 approvals could still be outvoted by 2 rejections (3/5 < 2/3)
        assertThat(twoThirds.isDecided(new Tally(5, 3, 0, 0))).isFalse();
        // 4 approvals: even a fifth vote against leaves 4/5
        assertThat(twoThirds.isDecided(new Tally(5, 4, 0, 0))).isTrue();
        assertThat(twoThirds.outcome(new Tally(5, 4, 0, 0))).isEqualTo(APPROVED);
        // 2 rejections of 5 with quorum reached: at best 3/5 approve
        assertThat(twoThirds.isDecided(new Tally(5, 0, 2, 1))).isTrue();
        assertThat(twoThirds.outcome(new Tally(5, 0, 2, 1))).isEqualTo(REJECTED);
    }

    @Test
    void staysOpenWhileTheQuorumIsStillInDoubt() {
        // two rejections of five, but without a third participant the ballot could end without quorum
        assertThat(majority.isDecided(new Tally(5, 0, 2, 0))).isFalse();
        assertThat(majority.isDecided(new Tally(5, 0, 3, 0))).isTrue();
    }

    @Test
    void isDecidedWhenEveryMemberHasVoted() {
        assertThat(majority.isDecided(new Tally(3, 1, 1, 1))).isTrue();
    }

    @Test
    void readsFractionsFromSettings() {
        assertThat(Fraction.valueOf("2/3")).isEqualTo(new Fraction(2, 3));
        assertThat(Fraction.valueOf(" 1 / 4 ")).isEqualTo(new Fraction(1, 4));
        assertThat(Fraction.valueOf("1")).isEqualTo(new Fraction(1, 1));
        assertThatThrownBy(() -> Fraction.valueOf("3/2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fraction.valueOf("1/0")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTallyNeverHasMoreVotesThanMembers() {
        assertThatThrownBy(() -> new Tally(2, 2, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Tally.empty(2).with(VoteDecision.APPROVE).with(VoteDecision.ABSTAIN)).isEqualTo(new Tally(2, 1, 0, 1));
    }
    @Test
    void namesHowManyMembersMakeAQuorum() {
        // half of seven is three and a half: four members make the quorum, as the outcome counts it
        assertThat(majority.quorumNeeded(7)).isEqualTo(4);
        assertThat(majority.outcome(new Tally(7, 3, 0, 0))).isEqualTo(NO_QUORUM);
        assertThat(majority.outcome(new Tally(7, 4, 0, 0))).isEqualTo(APPROVED);
        assertThat(majority.quorumNeeded(4)).isEqualTo(2);
        assertThat(new VotingRule(Fraction.valueOf("2/3"), Fraction.valueOf("1/2"), null).quorumNeeded(5)).isEqualTo(4);
        assertThat(new VotingRule(Fraction.valueOf("0"), Fraction.valueOf("1/2"), null).quorumNeeded(5)).isZero();
    }

    @Test
    void hasAQuorumExactlyWhenTheOutcomeIsNotForWantOfOne() {
        assertThat(majority.hasQuorum(new Tally(5, 0, 2, 1))).isTrue();
        assertThat(majority.hasQuorum(new Tally(5, 2, 0, 0))).isFalse();
        assertThat(majority.hasQuorum(Tally.empty(0))).isFalse();
        for (int approve = 0; approve <= 3; approve++) {
            for (int reject = 0; approve + reject <= 3; reject++) {
                Tally tally = new Tally(6, approve, reject, 0);
                assertThat(majority.hasQuorum(tally)).as("%s", tally).isEqualTo(majority.outcome(tally) != NO_QUORUM);
                assertThat(majority.hasQuorum(tally)).as("%s", tally).isEqualTo(tally.participants() >= majority.quorumNeeded(6));
            }
        }
    }

    @Test
    void theSmallestPartReachesTheFractionAndOneLessDoesNot() {
        for (String text : new String[] {"1/2", "2/3", "1/4", "3/4", "1", "0"}) {
            Fraction fraction = Fraction.valueOf(text);
            for (int whole = 0; whole <= 12; whole++) {
                int part = fraction.smallestPartOf(whole);
                assertThat(fraction.reachedBy(part, whole)).as("%s of %d", text, whole).isTrue();
                assertThat(part == 0 || !fraction.reachedBy(part - 1, whole)).as("%s of %d", text, whole).isTrue();
            }
        }
    }
}
