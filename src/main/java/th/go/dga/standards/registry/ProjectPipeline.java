package th.go.dga.standards.registry;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static th.go.dga.standards.registry.StandardStatus.*;

/**
 * The projects as the secretariat follows them: how many are in each status, and one page of those still under way
 * with the moment each entered its status. Two queries, whatever the size of the page; each filter and order has its
 * index (migration 13).
 */
@Service
@Transactional(readOnly = true)
public class ProjectPipeline {

    /**
     * The statuses in which a process still has work to do, in the order a project passes them. A standard awaiting
     * the Royal Gazette is signed but not yet published there; a promotion is a new project (the government standard).
     */
    public static final List<StandardStatus> IN_PROGRESS = List.of(DRAFTING, TWG_REVIEW, COMMITTEE_REVIEW, HEARING_SCHEDULED, HEARING_OPEN,
            HEARING_CLOSED, REVISION, FINAL_APPROVAL, AWAITING_SIGNATURE, PROMOTION, AWAITING_GAZETTE);

    /** The statuses a project ends in: published or in force (a revision or a promotion is a project of its own), replaced, withdrawn. */
    public static final List<StandardStatus> ENDED = List.of(PUBLISHED, IN_FORCE, SUPERSEDED, WITHDRAWN);

    /** The orders of the list, each served by an index. */
    public enum Order {
        /** In the status longest first: what has waited the longest. */
        WAITING("status_since, id"),
        /** The latest to enter its status first. */
        RECENT("status_since desc, id desc"),
        /** By kind, number and part. */
        CODE("kind, standard_number, part, id"),
        /** By Thai title. */
        TITLE("title_th, id");

        private final String sql;

        Order(String sql) {
            this.sql = sql;
        }
    }

    /** A project and the moment it entered its current status. */
    public record Project(Standard standard, Instant statusSince) {
    }

    private final JdbcClient jdbc;
    private final StandardRegistry registry;

    public ProjectPipeline(JdbcClient jdbc, StandardRegistry registry) {
        this.jdbc = jdbc;
        this.registry = registry;
    }

    /** How many standards are in each status; every status is there, with 0 when none is. */
    public Map<StandardStatus, Long> counts() {
        Map<StandardStatus, Long> counts = new EnumMap<>(StandardStatus.class);
        for (StandardStatus status : StandardStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.sql("select status, count(*) as n from standard group by status")
                .query((rs, n) -> Map.entry(StandardStatus.valueOf(rs.getString("status")), rs.getLong("n"))).list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    /**
     * One page of the projects in a status, or in any status still in progress.
     *
     * @param status null for every status in {@link #IN_PROGRESS}
     * @param offset how many to skip
     */
    public List<Project> page(StandardStatus status, Order order, long offset, int size) {
        // "not ended" rather than "in one of eleven statuses": the databases then walk the order's index and stop after
        // the page, instead of sorting every project in progress for each page
        String where = status == null ? "status not in (:ended)" : "status = :status";
        var query = jdbc.sql("select " + StandardRegistry.COLUMNS + ", status_since from standard where " + where + " order by " + order.sql
                        + " offset :offset rows fetch next :size rows only")
                .param("offset", offset).param("size", size);
        query = status == null ? query.param("ended", ENDED.stream().map(Enum::name).toList()) : query.param("status", status.name());
        return query.query((rs, n) -> new Project(registry.map(rs, n), StandardRegistry.instant(rs, "status_since"))).list();
    }
}
