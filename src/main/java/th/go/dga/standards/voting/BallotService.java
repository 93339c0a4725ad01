package th.go.dga.standards.voting;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.go.dga.standards.engine.EngineAccess;
import th.go.dga.standards.time.EngineTime;
import th.go.dga.standards.validation.InvalidInputException;
import th.go.dga.standards.validation.NotFoundException;
import th.go.dga.standards.validation.StateConflictException;
import th.go.dga.standards.validation.Violation;

/**
 * Ballots and votes. A member votes once per ballot; the body's rule counts the votes. Named {@code ballots} so the
 * process can ask {@code ${ballots.isDecided(ballotId)}} after each vote.
 */
@Service("ballots")
@Transactional
public class BallotService {

    private final JdbcClient jdbc;
    private final IdentityService identityService;
    private final VotingSettings settings;
    private final EngineAccess engine;

    public BallotService(JdbcClient jdbc, IdentityService identityService, VotingSettings settings, EngineAccess engine) {
        this.jdbc = jdbc;
        this.identityService = identityService;
        this.engine = engine;
        this.settings = settings;
    }

    /** Opens a ballot for every member of the body's group, due after the configured voting period. */
    public Ballot open(String standardId, VotingBody body, String votingGroup) {
        List<String> voters = engine.withoutAuthorization(() -> identityService.createUserQuery()
                .memberOfGroup(votingGroup).orderByUserId().asc().listPage(0, EngineAccess.MAX_RESULTS)).stream().map(User::getId).toList();
        Instant now = EngineTime.now();
        Instant due = now.plus(settings.period());
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into ballot (standard_id, body, voting_group, member_count, opened_at, due_at)
                values (:standardId, :body, :group, :members, :openedAt, :dueAt)""")
                .param("standardId", standardId)
                .param("body", body.name())
                .param("group", votingGroup)
                .param("members", voters.size())
                .param("openedAt", utc(now))
                .param("dueAt", utc(due))
                .update(keys, "id");
        return new Ballot(keys.getKeyAs(Long.class), standardId, body, votingGroup, voters, now, due);
    }

    /**
     * Records a member's vote.
     *
     * @throws InvalidInputException  when a vote to reject comes without a reason
     * @throws StateConflictException when the ballot has closed or the member has voted already
     */
    public void cast(long ballotId, String voter, VoteDecision decision, String reason) {
        BallotRow ballot = ballot(ballotId);
        if (ballot.closed()) {
            throw new StateConflictException("vote.ballot-closed");
        }
        if (decision == VoteDecision.REJECT && (reason == null || reason.isBlank())) {
            throw new InvalidInputException(Violation.of("reason", "vote.reason-required"));
        }
        boolean voted = jdbc.sql("select count(*) from vote where ballot_id = :ballot and voter = :voter")
                .param("ballot", ballotId).param("voter", voter).query(Integer.class).single() > 0;
        if (voted) {
            throw new StateConflictException("vote.already-voted", voter);
        }
        jdbc.sql("insert into vote (ballot_id, voter, decision, reason, cast_at) values (:ballot, :voter, :decision, :reason, :at)")
                .param("ballot", ballotId)
                .param("voter", voter)
                .param("decision", decision.name())
                .param("reason", reason == null || reason.isBlank() ? null : reason.strip())
                .param("at", utc(EngineTime.now()))
                .update();
    }

    /** The members who have voted in this ballot. */
    @Transactional(readOnly = true)
    public List<String> voted(long ballotId) {
        return jdbc.sql("select voter from vote where ballot_id = :ballot order by voter").param("ballot", ballotId).query(String.class).list();
    }

    @Transactional(readOnly = true)
    public Tally tally(long ballotId) {
        BallotRow ballot = ballot(ballotId);
        Tally tally = Tally.empty(ballot.members());
        for (String decision : jdbc.sql("select decision from vote where ballot_id = :ballot").param("ballot", ballotId).query(String.class).list()) {
            tally = tally.with(VoteDecision.valueOf(decision));
        }
        return tally;
    }

    /** Whether the votes cast so far settle the outcome, so the ballot can close before every member has voted. */
    @Transactional(readOnly = true)
    public boolean isDecided(long ballotId) {
        return settings.ruleFor(ballot(ballotId).body()).isDecided(tally(ballotId));
    }

    /** Closes the ballot and counts it by the body's rule. */
    public BallotResult close(long ballotId) {
        BallotRow ballot = ballot(ballotId);
        Tally tally = tally(ballotId);
        VoteOutcome outcome = settings.ruleFor(ballot.body()).outcome(tally);
        jdbc.sql("update ballot set closed_at = :at, outcome = :outcome where id = :id and closed_at is null")
                .param("at", utc(EngineTime.now())).param("outcome", outcome.name()).param("id", ballotId).update();
        return new BallotResult(ballotId, outcome, tally, rejectionReasons(ballotId));
    }

    /** Closes every open ballot of a standard without an outcome, when its project is withdrawn. */
    public void abandonOpenBallots(String standardId) {
        jdbc.sql("update ballot set closed_at = :at where standard_id = :standardId and closed_at is null")
                .param("at", utc(EngineTime.now())).param("standardId", standardId).update();
    }

    private String rejectionReasons(long ballotId) {
        return jdbc.sql("select voter, reason from vote where ballot_id = :ballot and decision = 'REJECT' order by cast_at, id")
                .param("ballot", ballotId)
                .query((rs, n) -> displayName(rs.getString("voter")) + ": " + rs.getString("reason"))
                .list().stream().collect(Collectors.joining("\n"));
    }

    private String displayName(String userId) {
        User user = engine.withoutAuthorization(() -> identityService.createUserQuery().userId(userId).singleResult());
        return user == null ? userId : (user.getFirstName() + " " + user.getLastName()).strip();
    }

    private BallotRow ballot(long ballotId) {
        return jdbc.sql("select body, member_count, closed_at from ballot where id = :id").param("id", ballotId)
                .query((rs, n) -> new BallotRow(VotingBody.valueOf(rs.getString("body")), rs.getInt("member_count"), rs.getObject("closed_at") != null))
                .optional().orElseThrow(() -> new NotFoundException("vote.ballot-not-found", ballotId));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private record BallotRow(VotingBody body, int members, boolean closed) {
    }
}
