package th.go.dga.standards.config;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import th.go.dga.standards.voting.Fraction;
import th.go.dga.standards.voting.VotingBody;
import th.go.dga.standards.voting.VotingRule;

/**
 * The application's own settings, under {@code standards.*}. Every setting has a default that works.
 *
 * @param hearing   how hearings are scheduled
 * @param voting    how committees vote
 * @param demo      demo users and data for the embedded default
 * @param documents where uploaded documents are kept and what is accepted
 * @param limits    what one address may do how often
 * @param privacy   how long the public's personal data is kept
 */
@ConfigurationProperties("standards")
public record StandardsProperties(
        @DefaultValue Hearing hearing,
        @DefaultValue Voting voting,
        @DefaultValue Demo demo,
        @DefaultValue Documents documents,
        @DefaultValue Limits limits,
        @DefaultValue Privacy privacy) {

    /**
     * @param retention how long after a hearing has closed the names, organisations and addresses of its commenters and
     *                  registrants are kept; then comments are anonymised and registrations removed
     */
    public record Privacy(@DefaultValue("P1Y") Period retention) {
    }

    /**
     * @param minimumCommentDays   the shortest comment period, in days, first and last included
     * @param privacyNoticeVersion the version of the privacy notice that commenters and registrants consent to
     */
    public record Hearing(@DefaultValue("15") int minimumCommentDays, @DefaultValue("1.0") String privacyNoticeVersion) {
    }

    /**
     * @param period how long the members of a body have to vote before the ballot closes with the votes cast
     * @param rules  the rule of each body; a body without one decides by a simple majority of half its members
     * @param reminderBefore how long before the deadline a member who has not voted is reminded by mail
     */
    public record Voting(@DefaultValue("P14D") Duration period, Map<VotingBody, VotingRule> rules, @DefaultValue("P3D") Duration reminderBefore) {

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

    /**
     * Uploaded documents. A DOCX, XLSX, PPTX or ODT is a zip archive: the last three limits keep one that would
     * unpack to far more than it weighs (a "zip bomb") out of the store, and out of every program that opens it later.
     *
     * @param directory           where the files are kept, outside the web root, under names the server makes up
     * @param maxSize             the largest file accepted; a larger upload is refused with 413 while it arrives
     * @param maxUnpackedSize     the most that all the entries of an archive may unpack to together
     * @param maxEntries          the most entries an archive may hold
     * @param maxCompressionRatio how many times its packed size one entry may unpack to, once it passes 100 KB
     *                            (the ratio and the grace of Apache POI's own check)
     */
    public record Documents(
            @DefaultValue("./data/documents") Path directory,
            @DefaultValue("50MB") DataSize maxSize,
            @DefaultValue("200MB") DataSize maxUnpackedSize,
            @DefaultValue("10000") int maxEntries,
            @DefaultValue("100") int maxCompressionRatio) {
    }

    /**
     * How often one address may do what costs the system or may be abused. A limit is a number of requests per
     * window, refilled evenly over the window.
     *
     * @param failedLogins  wrong passwords from one address per {@code loginWindow}: past it, logins from that address
     *                      wait, while the same user logging in from elsewhere is not held up
     * @param comments      anonymous comments from one address per {@code window}
     * @param registrations anonymous meeting registrations from one address per {@code window}
     * @param subscriptions subscriptions to the hearing announcements from one address per {@code window}: each may
     *                      send a confirmation mail to someone else's address
     */
    public record Limits(
            @DefaultValue("10") int failedLogins,
            @DefaultValue("PT5M") Duration loginWindow,
            @DefaultValue("20") int comments,
            @DefaultValue("20") int registrations,
            @DefaultValue("PT1M") Duration window,
            @DefaultValue("5") int subscriptions) {
    }
}
