package th.go.dga.standards.draft;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.go.dga.standards.engine.CurrentUser;
import th.go.dga.standards.registry.StandardRegistry;
import th.go.dga.standards.time.EngineTime;

/**
 * The versions of a standard's text.
 */
@Service
@Transactional
public class DraftVersions {

    private final JdbcClient jdbc;
    private final StandardRegistry registry;
    private final CurrentUser currentUser;

    public DraftVersions(JdbcClient jdbc, StandardRegistry registry, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.currentUser = currentUser;
    }

    /** Records a version and makes its label the standard's current version. */
    public void record(String standardId, DraftStage stage, String versionLabel, String documentRef, String note) {
        registry.get(standardId);
        jdbc.sql("""
                insert into draft_version (standard_id, stage, version_label, document_ref, note, recorded_by, recorded_at)
                values (:standardId, :stage, :label, :ref, :note, :by, :at)""")
                .param("standardId", standardId)
                .param("stage", stage.name())
                .param("label", versionLabel)
                .param("ref", documentRef)
                .param("note", note)
                .param("by", currentUser.id())
                .param("at", OffsetDateTime.ofInstant(EngineTime.now(), ZoneOffset.UTC))
                .update();
        registry.recordVersionLabel(standardId, versionLabel);
    }

    @Transactional(readOnly = true)
    public List<DraftVersion> versions(String standardId) {
        return jdbc.sql("""
                select id, standard_id, stage, version_label, document_ref, note, recorded_by, recorded_at
                from draft_version where standard_id = :standardId order by recorded_at, id""")
                .param("standardId", standardId)
                .query((rs, n) -> new DraftVersion(rs.getLong("id"), rs.getString("standard_id"), DraftStage.valueOf(rs.getString("stage")),
                        rs.getString("version_label"), rs.getString("document_ref"), rs.getString("note"), rs.getString("recorded_by"),
                        rs.getObject("recorded_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<DraftVersion> latest(String standardId) {
        List<DraftVersion> versions = versions(standardId);
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }
}
