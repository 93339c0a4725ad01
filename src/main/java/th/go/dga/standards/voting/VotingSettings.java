package th.go.dga.standards.voting;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How committees vote, under {@code standards.voting}.
 *
 * @param period         how long the members of a body have to vote before the ballot closes with the votes cast
 * @param rules          the rule of each body; a body without one decides by a simple majority of half its members
 * @param reminderBefore how long before the deadline a member who has not voted is reminded by mail
 * @param reminderScan   how often the votes running out of time are looked for
 */
public record VotingSettings(
        @DefaultValue("P14D") Duration period,
        Map<VotingBody, VotingRule> rules,
        @DefaultValue("P3D") Duration reminderBefore,
        @DefaultValue("PT15M") Duration reminderScan) {

    private static final VotingRule SIMPLE_MAJORITY = new VotingRule(new Fraction(1, 2), new Fraction(1, 2), null);

    public VotingSettings {
        rules = rules == null ? Map.of() : Map.copyOf(rules);
    }

    public VotingRule ruleFor(VotingBody body) {
        return rules.getOrDefault(body, SIMPLE_MAJORITY);
    }
}
