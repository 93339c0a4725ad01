package th.go.dga.standards.config;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import th.go.dga.standards.voting.Fraction;
import th.go.dga.standards.voting.VotingBody;
import th.go.dga.standards.voting.VotingRule;

/**
 * The application's own settings, under {@code standards.*}. Every setting has a default that works.
 *
 * @param hearing how hearings are scheduled
 * @param voting  how committees vote
 * @param demo    demo users and data for the embedded default
 */
@ConfigurationProperties("standards")
public record StandardsProperties(
        @DefaultValue Hearing hearing,
        @DefaultValue Voting voting,
        @DefaultValue Demo demo) {

    /**
     * @param minimumCommentDays   the shortest comment period, in days, first and last included
     * @param privacyNoticeVersion the version of the privacy notice that commenters and registrants consent to
     */
    public record Hearing(@DefaultValue("15") int minimumCommentDays, @DefaultValue("1.0") String privacyNoticeVersion) {
    }

    /**
     * @param period how long the members of a body have to vote before the ballot closes with the votes cast
     * @param rules  the rule of each body; a body without one decides by a simple majority of half its members
     */
    public record Voting(@DefaultValue("P14D") Duration period, Map<VotingBody, VotingRule> rules) {

        private static final VotingRule SIMPLE_MAJORITY = new VotingRule(new Fraction(1, 2), new Fraction(1, 2), null);

        public Voting {
            rules = rules == null ? Map.of() : Map.copyOf(rules);
        }

        public VotingRule ruleFor(VotingBody body) {
            return rules.getOrDefault(body, SIMPLE_MAJORITY);
        }
    }

    /**
     * @param enabled  whether demo users, groups and the published standards of the agency's pages are seeded at start
     * @param password the password of every demo user
     */
    public record Demo(@DefaultValue("false") boolean enabled, @DefaultValue("demo") String password) {
    }
}
