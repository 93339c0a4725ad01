package th.go.dga.standards.hearing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.go.dga.standards.config.CurrentUser;
import th.go.dga.standards.config.DatabaseSequences;
import th.go.dga.standards.config.EngineTime;
import th.go.dga.standards.thai.BuddhistEra;
import th.go.dga.standards.validation.NotFoundException;
import th.go.dga.standards.validation.StateConflictException;

/**
 * Comments received during hearings, and the working group's answer to each.
 */
@Service
@Transactional
public class CommentService {

    private static final String COLUMNS = """
            id, hearing_id, reference_no, document_label, clause, comment_type, comment_text, proposed_change, commenter_name,
            organisation, email, consent_version, received_at, disposition, response, responded_by, responded_at""";

    private final JdbcClient jdbc;
    private final HearingService hearings;
    private final DatabaseSequences sequences;
    private final CurrentUser currentUser;

    public CommentService(JdbcClient jdbc, HearingService hearings, DatabaseSequences sequences, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.hearings = hearings;
        this.sequences = sequences;
        this.currentUser = currentUser;
    }

    /**
     * Accepts a comment while the hearing is open and its period runs.
     *
     * @return the stored comment, with its reference number
     * @throws StateConflictException when the hearing is not open, naming when it closed
     */
    public Comment submit(long hearingId, NewComment comment) {
        Hearing hearing = hearings.get(hearingId);
        Instant now = EngineTime.now();
        if (hearing.status() != HearingStatus.OPEN || !hearing.window().accepts(now)) {
            if (!now.isBefore(hearing.window().closesAt()) || hearing.status() == HearingStatus.CLOSED) {
                throw new StateConflictException("comment.period-closed", BuddhistEra.format(hearing.window().commentPeriodEnd()));
            }
            throw new StateConflictException("comment.period-not-open", BuddhistEra.format(hearing.window().commentPeriodStart()));
        }
        String reference = "C%s-%06d".formatted(BuddhistEra.yearOf(now), sequences.next("comment_seq"));
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into hearing_comment (hearing_id, reference_no, document_label, clause, comment_type, comment_text,
                    proposed_change, commenter_name, organisation, email, consent_version, received_at)
                values (:hearingId, :reference, :document, :clause, :type, :text, :proposed, :name, :organisation, :email,
                    :consent, :at)""")
                .param("hearingId", hearingId)
                .param("reference", reference)
                .param("document", comment.documentLabel())
                .param("clause", comment.clause())
                .param("type", comment.type().name())
                .param("text", comment.commentText())
                .param("proposed", comment.proposedChange())
                .param("name", comment.name())
                .param("organisation", comment.organisation())
                .param("email", comment.email())
                .param("consent", comment.consentVersion())
                .param("at", utc(now))
                .update(keys, "id");
        return get(keys.getKeyAs(Long.class));
    }

    /** Records the working group's disposition of a comment and its response. */
    public void respond(long commentId, Disposition disposition, String response) {
        get(commentId);
        jdbc.sql("""
                update hearing_comment set disposition = :disposition, response = :response, responded_by = :by, responded_at = :at
                where id = :id""")
                .param("disposition", disposition.name())
                .param("response", response)
                .param("by", currentUser.id())
                .param("at", utc(EngineTime.now()))
                .param("id", commentId)
                .update();
    }

    @Transactional(readOnly = true)
    public List<Comment> forHearing(long hearingId) {
        return jdbc.sql("select " + COLUMNS + " from hearing_comment where hearing_id = :id order by received_at, id")
                .param("id", hearingId).query(this::map).list();
    }

    @Transactional(readOnly = true)
    public int count(long hearingId) {
        return jdbc.sql("select count(*) from hearing_comment where hearing_id = :id").param("id", hearingId).query(Integer.class).single();
    }

    @Transactional(readOnly = true)
    public Optional<Comment> find(long commentId) {
        return jdbc.sql("select " + COLUMNS + " from hearing_comment where id = :id").param("id", commentId).query(this::map).optional();
    }

    @Transactional(readOnly = true)
    public Comment get(long commentId) {
        return find(commentId).orElseThrow(() -> new NotFoundException("comment.not-found", commentId));
    }

    private Comment map(ResultSet rs, int row) throws SQLException {
        String disposition = rs.getString("disposition");
        OffsetDateTime respondedAt = rs.getObject("responded_at", OffsetDateTime.class);
        return new Comment(
                rs.getLong("id"),
                rs.getLong("hearing_id"),
                rs.getString("reference_no"),
                rs.getString("document_label"),
                rs.getString("clause"),
                CommentType.valueOf(rs.getString("comment_type")),
                rs.getString("comment_text"),
                rs.getString("proposed_change"),
                rs.getString("commenter_name"),
                rs.getString("organisation"),
                rs.getString("email"),
                rs.getString("consent_version"),
                rs.getObject("received_at", OffsetDateTime.class).toInstant(),
                disposition == null ? null : Disposition.valueOf(disposition),
                rs.getString("response"),
                rs.getString("responded_by"),
                respondedAt == null ? null : respondedAt.toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
