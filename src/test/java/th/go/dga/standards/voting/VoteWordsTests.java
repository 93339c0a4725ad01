package th.go.dga.standards.voting;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages' Thai words for a vote are the words the process writes into tasks, mails and summaries: one Thai word
 * for one thing.
 */
class VoteWordsTests {

    private static Properties site() throws IOException {
        Properties site = new Properties();
        try (var in = new InputStreamReader(VoteWordsTests.class.getResourceAsStream("/i18n/site.properties"), StandardCharsets.UTF_8)) {
            site.load(in);
        }
        return site;
    }

    @Test
    void thePagesCallDecisionsAndBodiesWhatTheProcessCallsThem() throws IOException {
        Properties site = site();
        for (VoteDecision decision : VoteDecision.values()) {
            assertThat(site.getProperty("votes.decision." + decision.name())).isEqualTo(decision.labelTh());
        }
        for (VotingBody body : VotingBody.values()) {
            assertThat(site.getProperty("votes.body." + body.name())).isEqualTo(body.nameTh());
        }
        assertThat(site.getProperty("votes.outcome.APPROVED")).isEqualTo("มติ" + VoteOutcome.APPROVED.labelTh());
        assertThat(site.getProperty("votes.outcome.REJECTED")).isEqualTo("มติ" + VoteOutcome.REJECTED.labelTh());
        // a ballot without a quorum reaches no decision: the quorum's own words say why
        assertThat(site.getProperty("votes.summary.quorum-missed")).startsWith(VoteOutcome.NO_QUORUM.labelTh());
    }
}
