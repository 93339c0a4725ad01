package th.go.dga.standards.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.go.dga.standards.database.DatabaseSequences;
import th.go.dga.standards.engine.CurrentUser;
import th.go.dga.standards.time.EngineTime;
import th.go.dga.standards.validation.Messages;
import th.go.dga.standards.validation.NotFoundException;
import th.go.dga.standards.validation.StateConflictException;

/**
 * The standards and projects, and the audit timeline of their statuses. Every status change goes through
 * {@link #changeStatus} and is recorded with who made it, when and why.
 */
@Service
@Transactional
public class StandardRegistry {

    static final String COLUMNS = """
            id, kind, standard_number, part, year_be, title_th, title_en, version_label, subject_group, working_group,
            technical_working_group, status, supersedes_id, promoted_from_id, published_on, effective_on, created_at, updated_at""";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final DatabaseSequences sequences;
    private final CurrentUser currentUser;

    public StandardRegistry(JdbcClient jdbc, DatabaseSequences sequences, CurrentUser currentUser, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.sequences = sequences;
        this.currentUser = currentUser;
    }

    /** Registers a project and records its first status. */
    public Standard register(NewStandard project) {
        String id = "STD-%05d".formatted(sequences.next("standard_seq"));
        OffsetDateTime now = now();
        jdbc.sql("""
                insert into standard (id, kind, standard_number, part, title_th, title_en, subject_group, working_group,
                    technical_working_group, status, supersedes_id, promoted_from_id, created_at, updated_at, status_since)
                values (:id, :kind, :number, :part, :titleTh, :titleEn, :subjectGroup, :workingGroup,
                    :technicalWorkingGroup, :status, :supersedesId, :promotedFromId, :now, :now, :now)""")
                .param("id", id)
                .param("kind", project.kind().name())
                .param("number", project.number())
                .param("part", project.part())
                .param("titleTh", project.titleTh())
                .param("titleEn", project.titleEn())
                .param("subjectGroup", project.subjectGroup())
                .param("workingGroup", project.workingGroup())
                .param("technicalWorkingGroup", project.technicalWorkingGroup())
                .param("status", project.initialStatus().name())
                .param("supersedesId", project.supersedesId())
                .param("promotedFromId", project.promotedFromId())
                .param("now", now)
                .update();
        recordChange(id, null, project.initialStatus(), Messages.get("registry.registered"), currentUser.id());
        return get(id);
    }

    /** The id of the government standard being promoted from {@code sourceId}, if one is under way or done. */
    @Transactional(readOnly = true)
    public Optional<String> activePromotion(String sourceId) {
        return jdbc.sql("select id from standard where promoted_from_id = :id and status <> 'WITHDRAWN'")
                .param("id", sourceId).query(String.class).stream().findFirst();
    }

    @Transactional(readOnly = true)
    public Optional<Standard> find(String id) {
        return jdbc.sql("select " + COLUMNS + " from standard where id = :id").param("id", id).query(this::map).optional();
    }

    @Transactional(readOnly = true)
    public Standard get(String id) {
        return find(id).orElseThrow(() -> new NotFoundException("registry.not-found", id));
    }

    @Transactional(readOnly = true)
    public Optional<Standard> findByCode(StandardCode code) {
        return jdbc.sql("select " + COLUMNS + " from standard where code = :code")
                .param("code", code.format()).query(this::map).optional();
    }

    /**
     * A project of this kind, number and part that has not been signed or ended yet: a second one would end with
     * two standards claiming the same code.
     */
    @Transactional(readOnly = true)
    public Optional<Standard> inProgress(StandardKind kind, int number, Integer part) {
        return jdbc.sql("select " + COLUMNS + " from standard where kind = :kind and standard_number = :number"
                        + " and coalesce(part, 0) = :part and code is null and status not in ('WITHDRAWN', 'SUPERSEDED')")
                .param("kind", kind.name()).param("number", number).param("part", part == null ? 0 : part)
                .query(this::map).stream().findFirst();
    }

    /**
     * The standard of this kind, number and part that has been signed and is not replaced or withdrawn: a new project
     * with its number can only be its revision.
     */
    @Transactional(readOnly = true)
    public Optional<Standard> issued(StandardKind kind, int number, Integer part) {
        return jdbc.sql("select " + COLUMNS + " from standard where kind = :kind and standard_number = :number"
                        + " and coalesce(part, 0) = :part and code is not null and status not in ('WITHDRAWN', 'SUPERSEDED')")
                .param("kind", kind.name()).param("number", number).param("part", part == null ? 0 : part)
                .query(this::map).stream().findFirst();
    }

    /** The standards that match the query, one page of them. */
    @Transactional(readOnly = true)
    public Page<Standard> search(StandardQuery query) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!query.statuses().isEmpty()) {
            where.append(" and status in (:statuses)");
            params.put("statuses", query.statuses().stream().map(Enum::name).toList());
        }
        if (query.kind() != null) {
            where.append(" and kind = :kind");
            params.put("kind", query.kind().name());
        }
        if (query.workingGroup() != null) {
            where.append(" and working_group = :workingGroup");
            params.put("workingGroup", query.workingGroup());
        }
        if (query.subjectGroup() != null) {
            where.append(" and subject_group = :subjectGroup");
            params.put("subjectGroup", query.subjectGroup());
        }
        if (query.year() != null) {
            where.append(" and year_be = :year");
            params.put("year", query.year());
        }
        if (query.text() != null) {
            where.append(" and (lower(title_th) like :text or lower(coalesce(title_en, '')) like :text"
                    + " or lower(coalesce(code, '')) like :text or lower(id) like :text)");
            params.put("text", "%" + query.text().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
        }
        long total = jdbc.sql("select count(*) from standard where " + where).params(params).query(Long.class).single();
        String order = StandardQuery.ORDER.get(query.sort());
        if (query.descending()) {
            order = Arrays.stream(order.split(",")).map(c -> c.strip() + " desc").collect(Collectors.joining(", "));
        }
        List<Standard> items = jdbc.sql("select " + COLUMNS + " from standard where " + where + " order by " + order
                        + " offset :offset rows fetch next :size rows only")
                .params(params).param("offset", (long) query.page() * query.size()).param("size", query.size())
                .query(this::map).list();
        return new Page<>(items, query.page(), query.size(), total);
    }

    @Transactional(readOnly = true)
    public List<Standard> findAll() {
        return jdbc.sql("select " + COLUMNS + " from standard order by kind, standard_number, part, year_be, id").query(this::map).list();
    }

    @Transactional(readOnly = true)
    public List<Standard> findByStatus(StandardStatus status) {
        return jdbc.sql("select " + COLUMNS + " from standard where status = :status order by id")
                .param("status", status.name()).query(this::map).list();
    }

    /**
     * Moves a standard to {@code to}, recording who did it and why (plain text, shown in the timeline). Moving to the
     * status it already has changes nothing. A standard in a final status (superseded, withdrawn) does not move again.
     */
    public Standard changeStatus(String id, StandardStatus to, String reason) {
        return changeStatus(id, to, reason, currentUser.id());
    }

    /**
     * Moves a standard to {@code to} on behalf of {@code actor}: a person whose act a job carries out afterwards, as
     * the announcement issued after its signer confirmed.
     */
    public Standard changeStatus(String id, StandardStatus to, String reason, String actor) {
        Standard standard = get(id);
        if (standard.status() == to) {
            return standard;
        }
        if (standard.status().isFinal()) {
            throw new StateConflictException("registry.final-status", standard.displayCode(), standard.status().labelTh());
        }
        jdbc.sql("update standard set status = :status, updated_at = :now, status_since = :now where id = :id")
                .param("status", to.name()).param("now", now()).param("id", id).update();
        recordChange(id, standard.status(), to, reason, actor);
        events.publishEvent(new StatusChanged(id, standard.status(), to));
        return get(id);
    }

    public void recordVersionLabel(String id, String versionLabel) {
        jdbc.sql("update standard set version_label = :label, updated_at = :now where id = :id")
                .param("label", versionLabel).param("now", now()).param("id", id).update();
    }

    /** Gives a signed standard its code. Codes are unique: a second standard with the same code is refused. */
    public void assignCode(String id, StandardCode code) {
        findByCode(code).filter(other -> !other.id().equals(id)).ifPresent(other -> {
            throw new StateConflictException("registry.code-taken", code.format(), other.id());
        });
        jdbc.sql("update standard set code = :code, year_be = :year, updated_at = :now where id = :id")
                .param("code", code.format()).param("year", code.year()).param("now", now()).param("id", id).update();
    }

    public void recordPublication(String id, LocalDate publishedOn, LocalDate effectiveOn) {
        jdbc.sql("update standard set published_on = :published, effective_on = :effective, updated_at = :now where id = :id")
                .param("published", publishedOn).param("effective", effectiveOn).param("now", now()).param("id", id).update();
    }

    /** The standards that this one replaced: they become superseded. */
    public void supersedePredecessor(String id) {
        Standard standard = get(id);
        if (standard.supersedesId() != null) {
            changeStatus(standard.supersedesId(), StandardStatus.SUPERSEDED,
                    Messages.get("registry.superseded-by", standard.displayCode()));
        }
    }

    /** The standard that replaced {@code id}, if any. */
    @Transactional(readOnly = true)
    public Optional<Standard> successorOf(String id) {
        return successorsOf(List.of(id)).values().stream().findFirst();
    }

    /**
     * The standards that replace these, or are being made to, by the id of the one each replaces; a revision project
     * withdrawn replaces nothing.
     */
    @Transactional(readOnly = true)
    public Map<String, Standard> successorsOf(Collection<String> ids) {
        Map<String, Standard> successors = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select " + COLUMNS + " from standard where supersedes_id in (:ids) and status <> 'WITHDRAWN'").param("ids", ids)
                    .query(this::map).list()
                    .forEach(s -> successors.put(s.supersedesId(), s));
        }
        return successors;
    }

    /**
     * The government standards these community standards are promoted to, by the id of the one each was promoted
     * from; a promotion withdrawn is not one.
     */
    @Transactional(readOnly = true)
    public Map<String, Standard> promotionsOf(Collection<String> ids) {
        Map<String, Standard> promotions = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select " + COLUMNS + " from standard where promoted_from_id in (:ids) and status <> 'WITHDRAWN'").param("ids", ids)
                    .query(this::map).list()
                    .forEach(s -> promotions.put(s.promotedFromId(), s));
        }
        return promotions;
    }

    /** These standards, by id; an unknown id is not in it. */
    @Transactional(readOnly = true)
    public Map<String, Standard> findAll(Collection<String> ids) {
        Map<String, Standard> found = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select " + COLUMNS + " from standard where id in (:ids)").param("ids", ids).query(this::map).list()
                    .forEach(s -> found.put(s.id(), s));
        }
        return found;
    }


    @Transactional(readOnly = true)
    public List<StatusChange> timeline(String id) {
        return jdbc.sql("""
                select standard_id, from_status, to_status, changed_by, changed_at, reason
                from status_change where standard_id = :id order by id""")
                .param("id", id)
                .query((rs, n) -> new StatusChange(
                        rs.getString("standard_id"),
                        status(rs.getString("from_status")),
                        status(rs.getString("to_status")),
                        rs.getString("changed_by"),
                        instant(rs, "changed_at"),
                        rs.getString("reason")))
                .list();
    }

    private void recordChange(String id, StandardStatus from, StandardStatus to, String reason, String actor) {
        jdbc.sql("""
                insert into status_change (standard_id, from_status, to_status, changed_by, changed_at, reason)
                values (:id, :from, :to, :by, :at, :reason)""")
                .param("id", id)
                .param("from", from == null ? null : from.name())
                .param("to", to.name())
                .param("by", actor)
                .param("at", now())
                .param("reason", reason)
                .update();
    }

    Standard map(ResultSet rs, int row) throws SQLException {
        StandardKind kind = StandardKind.valueOf(rs.getString("kind"));
        int number = rs.getInt("standard_number");
        Integer part = (Integer) rs.getObject("part");
        Integer year = (Integer) rs.getObject("year_be");
        return new Standard(
                rs.getString("id"),
                kind,
                number,
                part,
                year == null ? null : new StandardCode(kind, number, part, year),
                rs.getString("title_th"),
                rs.getString("title_en"),
                rs.getString("version_label"),
                rs.getString("subject_group"),
                rs.getString("working_group"),
                rs.getString("technical_working_group"),
                StandardStatus.valueOf(rs.getString("status")),
                rs.getString("supersedes_id"),
                rs.getString("promoted_from_id"),
                rs.getObject("published_on", LocalDate.class),
                rs.getObject("effective_on", LocalDate.class),
                instant(rs, "created_at"),
                instant(rs, "updated_at"));
    }

    private static StandardStatus status(String name) {
        return name == null ? null : StandardStatus.valueOf(name);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime now() {
        return EngineTime.now().atOffset(ZoneOffset.UTC);
    }
}
