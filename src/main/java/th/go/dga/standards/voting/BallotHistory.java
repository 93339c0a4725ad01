package th.go.dga.standards.voting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.go.dga.standards.engine.EngineAccess;
import th.go.dga.standards.process.CommitteeVoteProcess;

/**
 * The vote rounds of a standard, newest first, read in a fixed number of queries whatever the number of rounds and
 * votes: the ballots, their votes, the voters the vote's process gave each ballot, and the names of the people and
 * groups. Where the voters of a ballot cannot be told (its process's history removed), the round names who voted and
 * counts who did not.
 */
@Service
@Transactional(readOnly = true)
public class BallotHistory {

    /** The most rounds a page shows: a standard goes through a handful; a runaway re-vote loop must not sink the page. */
    public static final int MAX_ROUNDS = 50;

    private final JdbcClient jdbc;
    private final HistoryService historyService;
    private final IdentityService identityService;
    private final VotingSettings settings;
    private final EngineAccess engine;

    BallotHistory(JdbcClient jdbc, HistoryService historyService, IdentityService identityService, VotingSettings settings, EngineAccess engine) {
        this.jdbc = jdbc;
        this.historyService = historyService;
        this.identityService = identityService;
        this.settings = settings;
        this.engine = engine;
    }

    /** Every round of the standard, newest first (at most {@link #MAX_ROUNDS}). */
    public List<VoteRound> rounds(String standardId) {
        List<BallotRow> ballots = jdbc.sql("""
                        select id, body, voting_group, member_count, opened_at, due_at, closed_at, outcome
                        from ballot where standard_id = :standardId order by opened_at desc, id desc fetch first :max rows only""")
                .param("standardId", standardId).param("max", MAX_ROUNDS)
                .query((rs, n) -> new BallotRow(rs.getLong("id"), VotingBody.valueOf(rs.getString("body")), rs.getString("voting_group"),
                        rs.getInt("member_count"), instant(rs, "opened_at"), instant(rs, "due_at"), instant(rs, "closed_at"),
                        rs.getString("outcome") == null ? null : VoteOutcome.valueOf(rs.getString("outcome"))))
                .list();
        if (ballots.isEmpty()) {
            return List.of();
        }
        Map<Long, List<VoteRow>> votes = votes(ballots);
        Map<Long, Set<String>> members = members(standardId);
        Set<String> people = new TreeSet<>();
        votes.values().forEach(list -> list.forEach(v -> people.add(v.voter())));
        members.values().forEach(people::addAll);
        Map<String, String> names = names(people);
        Map<String, String> groups = groupNames(ballots.stream().map(BallotRow::votingGroup).distinct().toList());
        return ballots.stream().map(b -> round(b, votes.getOrDefault(b.id(), List.of()), members.get(b.id()), names, groups)).toList();
    }

    /** The newest round that has closed with an outcome, of any body. */
    public Optional<VoteRound> lastCounted(String standardId) {
        return rounds(standardId).stream().filter(r -> r.state() == VoteRound.State.COUNTED).findFirst();
    }

    /** The newest round of this body that has closed with an outcome: the reasons a member voting again reads first. */
    public Optional<VoteRound> lastCounted(String standardId, VotingBody body) {
        return rounds(standardId).stream().filter(r -> r.body() == body && r.state() == VoteRound.State.COUNTED).findFirst();
    }

    private VoteRound round(BallotRow ballot, List<VoteRow> rows, Set<String> members, Map<String, String> names, Map<String, String> groups) {
        VotingRule rule = settings.ruleFor(ballot.body());
        List<VoteRound.Member> voted = rows.stream().map(v -> member(v.voter(), names)).toList();
        Tally tally = null;
        List<VoteRound.Vote> votes = new ArrayList<>();
        if (ballot.closedAt() != null) {
            // the one counting there is: the same Tally the ballot was closed with
            tally = Tally.empty(ballot.members());
            for (VoteRow row : rows) {
                tally = tally.with(row.decision());
                votes.add(new VoteRound.Vote(member(row.voter(), names), row.decision(), row.reason(), row.castAt()));
            }
        }
        Set<String> votedIds = new LinkedHashSet<>(rows.stream().map(VoteRow::voter).toList());
        // the voters the process kept name the members only if they account for every member counted and every vote cast
        boolean known = members != null && members.size() == ballot.members() && members.containsAll(votedIds);
        List<VoteRound.Member> notVoted = known
                ? members.stream().filter(m -> !votedIds.contains(m)).map(m -> member(m, names)).toList()
                : List.of();
        return new VoteRound(ballot.id(), ballot.body(), ballot.votingGroup(), groups.getOrDefault(ballot.votingGroup(), ballot.votingGroup()),
                ballot.members(), ballot.openedAt(), ballot.dueAt(), ballot.closedAt(), tally, ballot.outcome(), rule, votes, voted, notVoted,
                known);
    }

    /**
     * The votes of these ballots, in the order cast. The decision and reason of a ballot still open never leave the
     * database: the ballot is secret until it closes.
     */
    private Map<Long, List<VoteRow>> votes(List<BallotRow> ballots) {
        Map<Long, List<VoteRow>> votes = new HashMap<>();
        jdbc.sql("""
                        select v.ballot_id, v.voter, v.cast_at,
                               case when b.closed_at is null then null else v.decision end as decision,
                               case when b.closed_at is null then null else v.reason end as reason
                        from vote v join ballot b on b.id = v.ballot_id
                        where v.ballot_id in (:ids) order by v.cast_at, v.id""")
                .param("ids", ballots.stream().map(BallotRow::id).toList())
                .query((rs, n) -> new VoteRow(rs.getLong("ballot_id"), rs.getString("voter"),
                        rs.getString("decision") == null ? null : VoteDecision.valueOf(rs.getString("decision")), rs.getString("reason"),
                        instant(rs, "cast_at")))
                .list()
                .forEach(v -> votes.computeIfAbsent(v.ballotId(), id -> new ArrayList<>()).add(v));
        return votes;
    }

    /**
     * The members each ballot was put to, in the order of their user ids. The ballot table keeps their number only;
     * the process keeps who they were: opening a ballot sets its id and its voters as two variables of the vote's
     * process, together, and nothing else changes either. Their history, value by value, pairs each ballot with its
     * voters: the n-th value of one with the n-th value of the other in the same process.
     */
    private Map<Long, Set<String>> members(String standardId) {
        List<String> processes = engine.withoutAuthorization(() -> historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(standardId).processDefinitionKey(CommitteeVoteProcess.KEY).listPage(0, EngineAccess.MAX_RESULTS))
                .stream().map(HistoricProcessInstance::getId).toList();
        if (processes.isEmpty()) {
            return Map.of();
        }
        Map<String, Long> ballotIds = new HashMap<>();
        for (HistoricVariableUpdate update : updates(processes, CommitteeVoteProcess.Var.BALLOT_ID)) {
            if (update.getValue() instanceof Number id) {
                ballotIds.put(update.getProcessInstanceId() + "/" + update.getRevision(), id.longValue());
            }
        }
        Map<Long, Set<String>> members = new HashMap<>();
        for (HistoricVariableUpdate update : updates(processes, CommitteeVoteProcess.Var.VOTERS)) {
            Long ballotId = ballotIds.get(update.getProcessInstanceId() + "/" + update.getRevision());
            List<String> voters = userIds(update);
            if (ballotId != null && voters != null) {
                members.put(ballotId, new TreeSet<>(voters));
            }
        }
        return members;
    }

    private List<HistoricVariableUpdate> updates(List<String> processes, String variable) {
        return engine.withoutAuthorization(() -> historyService.createHistoricDetailQuery().variableUpdates()
                        .processInstanceIdIn(processes.toArray(String[]::new)).variableNameLike(variable)
                        .listPage(0, EngineAccess.MAX_RESULTS))
                .stream().filter(HistoricVariableUpdate.class::isInstance).map(HistoricVariableUpdate.class::cast)
                .filter(u -> variable.equals(u.getVariableName())).toList();
    }

    /** The voters as the process set them, read back by the engine with its own checks, as the deadline's notice does. */
    private static List<String> userIds(HistoricVariableUpdate update) {
        try {
            return update.getValue() instanceof List<?> list ? list.stream().map(String::valueOf).toList() : null;
        } catch (ProcessEngineException unreadable) {
            // a value the engine no longer reads: the round counts its members instead of naming them
            return null;
        }
    }

    private Map<String, String> names(Set<String> userIds) {
        Map<String, String> names = new HashMap<>();
        if (!userIds.isEmpty()) {
            engine.withoutAuthorization(() -> identityService.createUserQuery().userIdIn(userIds.toArray(String[]::new))
                    .listPage(0, EngineAccess.MAX_RESULTS)).forEach(u -> names.put(u.getId(), name(u)));
        }
        return names;
    }

    private Map<String, String> groupNames(List<String> groupIds) {
        Map<String, String> names = new LinkedHashMap<>();
        engine.withoutAuthorization(() -> identityService.createGroupQuery().groupIdIn(groupIds.toArray(String[]::new))
                .listPage(0, EngineAccess.MAX_RESULTS)).stream()
                .filter(g -> g.getName() != null && !g.getName().isBlank()).forEach(g -> names.put(g.getId(), g.getName()));
        return names;
    }

    private static VoteRound.Member member(String userId, Map<String, String> names) {
        return new VoteRound.Member(userId, names.getOrDefault(userId, userId));
    }

    private static String name(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " " + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return name.isEmpty() ? user.getId() : name;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private record BallotRow(long id, VotingBody body, String votingGroup, int members, Instant openedAt, Instant dueAt, Instant closedAt,
                             VoteOutcome outcome) {
    }

    private record VoteRow(long ballotId, String voter, VoteDecision decision, String reason, Instant castAt) {
    }
}
