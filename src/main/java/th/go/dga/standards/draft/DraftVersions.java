package th.go.dga.standards.draft;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.go.dga.standards.engine.CurrentUser;
import th.go.dga.standards.registry.StandardRegistry;
import th.go.dga.standards.time.EngineTime;
import th.go.dga.standards.validation.InvalidInputException;
import th.go.dga.standards.validation.NotFoundException;
import th.go.dga.standards.validation.Violation;

/**
 * The versions of a standard's text. A version is a link (as drafts were recorded before Word files were read) or a
 * Word file kept as a document, with the clauses read from it; every version is kept.
 */
@Service
@Transactional
public class DraftVersions {

    /** The longest clause number, heading and text a version may hold: as long as the columns that keep them. */
    static final int NUMBER_MAX = 40;
    static final int HEADING_MAX = 4000;
    static final int TEXT_MAX = 200_000;
    /** How much of a clause's text an outline gives. */
    static final int OUTLINE_TEXT = 60;

    private static final String COLUMNS = "id, standard_id, stage, version_label, document_ref, document_id, note, recorded_by, recorded_at";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final StandardRegistry registry;
    private final CurrentUser currentUser;

    public DraftVersions(JdbcClient jdbc, JdbcTemplate batch, StandardRegistry registry, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.registry = registry;
        this.currentUser = currentUser;
    }

    /**
     * Records a version given as a link and makes its label the standard's current version. A label already recorded
     * with its Word file is that version: the step that names it records nothing twice.
     */
    public DraftVersion record(String standardId, DraftStage stage, String versionLabel, String documentRef, String note) {
        registry.get(standardId);
        Optional<DraftVersion> sent = byLabel(standardId, versionLabel).filter(v -> v.documentId() != null);
        if (sent.isPresent()) {
            registry.recordVersionLabel(standardId, versionLabel);
            return sent.get();
        }
        long id = insert(standardId, stage, versionLabel, documentRef, null, null, note);
        registry.recordVersionLabel(standardId, versionLabel);
        return get(id);
    }

    /**
     * Records a version sent as a Word file, with the clauses read from it, and makes its label the standard's current
     * version.
     *
     * A label recorded before as a link is that version: its file and clauses are added to it.
     *
     * @param documentId the Word file, kept as a document of the standard
     * @throws InvalidInputException when a version of the standard with this label has its file already, or a clause
     *                               is longer than a version may hold
     */
    public DraftVersion record(String standardId, DraftStage stage, String versionLabel, long documentId, String documentRef, String note,
                               DraftText text) {
        registry.get(standardId);
        Optional<DraftVersion> recorded = byLabel(standardId, versionLabel);
        List<Violation> violations = new ArrayList<>();
        recorded.filter(DraftVersion::hasText).ifPresent(v -> violations.add(Violation.of("version", "draft.version-taken", versionLabel)));
        violations.addAll(tooLong(text));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        long id;
        if (recorded.isPresent()) {
            // the file of a version recorded as a link: the same version, which a hearing or a vote may already name
            id = recorded.get().id();
            jdbc.sql("update draft_version set document_id = :documentId, document_ref = :ref, preamble = :preamble where id = :id")
                    .param("documentId", documentId).param("ref", documentRef).param("preamble", text.preamble()).param("id", id)
                    .update();
        } else {
            id = insert(standardId, stage, versionLabel, documentRef, documentId, text.preamble(), note);
        }
        List<Object[]> rows = new ArrayList<>(text.clauses().size());
        for (Clause c : text.clauses()) {
            rows.add(new Object[] {id, c.order(), c.number(), c.heading(), c.text()});
        }
        batch.batchUpdate("insert into draft_clause (draft_version_id, position, number, heading, body) values (?, ?, ?, ?, ?)", rows);
        registry.recordVersionLabel(standardId, versionLabel);
        return get(id);
    }

    @Transactional(readOnly = true)
    public List<DraftVersion> versions(String standardId) {
        return jdbc.sql("select " + COLUMNS + " from draft_version where standard_id = :standardId order by recorded_at, id")
                .param("standardId", standardId).query(DraftVersions::map).list();
    }

    @Transactional(readOnly = true)
    public Optional<DraftVersion> latest(String standardId) {
        return jdbc.sql("select " + COLUMNS + " from draft_version where standard_id = :standardId order by recorded_at desc, id desc")
                .param("standardId", standardId).query(DraftVersions::map).stream().findFirst();
    }

    /** The latest version of the standard sent as a Word file. */
    @Transactional(readOnly = true)
    public Optional<DraftVersion> latestText(String standardId) {
        return jdbc.sql("select " + COLUMNS + """
                         from draft_version where standard_id = :standardId and document_id is not null
                        order by recorded_at desc, id desc""")
                .param("standardId", standardId).query(DraftVersions::map).stream().findFirst();
    }

    /** The latest version of the standard with this label. */
    @Transactional(readOnly = true)
    public Optional<DraftVersion> byLabel(String standardId, String versionLabel) {
        return jdbc.sql("select " + COLUMNS + """
                         from draft_version where standard_id = :standardId and version_label = :label
                        order by recorded_at desc, id desc""")
                .param("standardId", standardId).param("label", versionLabel).query(DraftVersions::map).stream().findFirst();
    }

    @Transactional(readOnly = true)
    public Optional<DraftVersion> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from draft_version where id = :id").param("id", id).query(DraftVersions::map).optional();
    }

    @Transactional(readOnly = true)
    public DraftVersion get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("draft.version-not-found", id));
    }

    /** The version a Word file was sent as. */
    @Transactional(readOnly = true)
    public Optional<DraftVersion> byDocument(long documentId) {
        return jdbc.sql("select " + COLUMNS + " from draft_version where document_id = :id").param("id", documentId)
                .query(DraftVersions::map).stream().findFirst();
    }

    /** The text of a version sent as a Word file; empty for a version given as a link. Two queries. */
    @Transactional(readOnly = true)
    public Optional<DraftText> text(long versionId) {
        Optional<String> preamble = jdbc.sql("select coalesce(preamble, '') from draft_version where id = :id and document_id is not null")
                .param("id", versionId).query(String.class).optional();
        return preamble.map(p -> new DraftText(p, jdbc.sql("select position, number, heading, body from draft_clause where draft_version_id = :id order by position")
                .param("id", versionId)
                .query((rs, n) -> new Clause(rs.getString("number"), rs.getString("heading"), rs.getString("body"), rs.getInt("position")))
                .list()));
    }

    /** How many clauses each version of a standard sent as a Word file has, by the version's id. One query. */
    @Transactional(readOnly = true)
    public Map<Long, Integer> clauseCounts(String standardId) {
        Map<Long, Integer> counts = new HashMap<>();
        jdbc.sql("""
                select v.id, count(c.position) as clauses from draft_version v left join draft_clause c on c.draft_version_id = v.id
                where v.standard_id = :standardId and v.document_id is not null group by v.id""")
                .param("standardId", standardId)
                .query(rs -> {
                    counts.put(rs.getLong("id"), rs.getInt("clauses"));
                });
        return counts;
    }

    /** What changed from one version to another, when both were sent as Word files. Four queries. */
    @Transactional(readOnly = true)
    public Optional<VersionComparison> compare(long olderId, long newerId) {
        Optional<DraftText> older = text(olderId);
        Optional<DraftText> newer = older.isEmpty() ? Optional.empty() : text(newerId);
        return newer.map(n -> VersionComparison.between(older.get(), n));
    }

    /**
     * The numbers and headings of a version's clauses, in order, with only the first {@value #OUTLINE_TEXT} characters
     * of their text: what a choice of clause lists.
     */
    @Transactional(readOnly = true)
    public List<Clause> outline(long versionId) {
        return jdbc.sql("select position, number, heading, substring(body, 1, " + OUTLINE_TEXT
                        + ") as opening from draft_clause where draft_version_id = :id order by position")
                .param("id", versionId)
                .query((rs, n) -> new Clause(rs.getString("number"), rs.getString("heading"), rs.getString("opening"), rs.getInt("position")))
                .list();
    }

    /** Whether a version has a clause of this number. */
    @Transactional(readOnly = true)
    public boolean hasClause(long versionId, String number) {
        return jdbc.sql("select count(*) from draft_clause where draft_version_id = :id and number = :number")
                .param("id", versionId).param("number", number).query(Integer.class).single() > 0;
    }

    private long insert(String standardId, DraftStage stage, String label, String ref, Long documentId, String preamble, String note) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into draft_version (standard_id, stage, version_label, document_ref, document_id, preamble, note, recorded_by, recorded_at)
                values (:standardId, :stage, :label, :ref, :documentId, :preamble, :note, :by, :at)""")
                .param("standardId", standardId)
                .param("stage", stage.name())
                .param("label", label)
                .param("ref", ref)
                .param("documentId", documentId)
                .param("preamble", preamble)
                .param("note", note)
                .param("by", currentUser.id())
                .param("at", OffsetDateTime.ofInstant(EngineTime.now(), ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    private static List<Violation> tooLong(DraftText text) {
        List<Violation> violations = new ArrayList<>();
        if (text.preamble().length() > TEXT_MAX) {
            violations.add(Violation.of("file", "draft.preamble-too-long", TEXT_MAX, text.preamble().length()));
        }
        for (Clause c : text.clauses()) {
            if (c.number().length() > NUMBER_MAX) {
                violations.add(Violation.of("file", "draft.number-too-long", c.number(), NUMBER_MAX));
            } else if (c.heading().length() > HEADING_MAX) {
                violations.add(Violation.of("file", "draft.heading-too-long", c.label(), HEADING_MAX, c.heading().length()));
            } else if (c.text().length() > TEXT_MAX) {
                violations.add(Violation.of("file", "draft.clause-too-long", c.label(), TEXT_MAX, c.text().length()));
            }
        }
        return violations;
    }

    private static DraftVersion map(ResultSet rs, int row) throws SQLException {
        return new DraftVersion(rs.getLong("id"), rs.getString("standard_id"), DraftStage.valueOf(rs.getString("stage")),
                rs.getString("version_label"), rs.getString("document_ref"), rs.getObject("document_id", Long.class),
                rs.getString("note"), rs.getString("recorded_by"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant());
    }
}
