package th.go.dga.standards.hearing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.go.dga.standards.database.DatabaseSequences;
import th.go.dga.standards.draft.Clause;
import th.go.dga.standards.draft.DraftVersion;
import th.go.dga.standards.draft.DraftVersions;
import th.go.dga.standards.engine.CurrentUser;
import th.go.dga.standards.time.BuddhistEra;
import th.go.dga.standards.time.EngineTime;
import th.go.dga.standards.validation.InvalidInputException;
import th.go.dga.standards.validation.NotFoundException;
import th.go.dga.standards.validation.StateConflictException;
import th.go.dga.standards.validation.TextCharacters;
import th.go.dga.standards.validation.Violation;

/**
 * Comments received during hearings, and the working group's answer to each.
 */
@Service
@Transactional
public class CommentService {

    private static final String COLUMNS = """
            id, hearing_id, reference_no, document_label, clause, comment_type, comment_text, proposed_change, commenter_name,
            organisation, email, consent_version, publish_name, received_at, disposition, response, responded_by, responded_at, answered_in,
            answered_in_version_id""";

    private final JdbcClient jdbc;
    private final HearingService hearings;
    private final DraftVersions drafts;
    private final DatabaseSequences sequences;
    private final CurrentUser currentUser;
    private final String privacyNoticeVersion;
    private final ApplicationEventPublisher events;

    public CommentService(JdbcClient jdbc, HearingService hearings, DraftVersions drafts, DatabaseSequences sequences, CurrentUser currentUser,
                          HearingSettings settings, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.drafts = drafts;
        this.events = events;
        this.hearings = hearings;
        this.sequences = sequences;
        this.currentUser = currentUser;
        this.privacyNoticeVersion = settings.privacyNoticeVersion();
    }

    /** The version of the privacy notice that commenters consent to now. */
    public String privacyNoticeVersion() {
        return privacyNoticeVersion;
    }

    /**
     * Accepts a comment while the hearing is open and its period runs.
     *
     * @return the stored comment, with its reference number
     * @throws InvalidInputException  when the comment lacks what it must hold
     * @throws StateConflictException when the hearing is not open, naming when it closed
     */
    public Comment submit(long hearingId, NewComment comment) {
        return submit(hearingId, comment, null, null);
    }

    /**
     * Accepts a comment and remembers it under the caller's idempotency key, in the same transaction: a second
     * submission under that key fails on the key, and the caller finds the first comment with {@link #submitted}.
     */
    public Comment submit(long hearingId, NewComment comment, String idempotencyKey, String requestHash) {
        Hearing hearing = hearings.get(hearingId);
        Instant now = EngineTime.now();
        if (!hearing.acceptsCommentsAt(now)) {
            if (hearing.commentsEndedAt(now)) {
                throw new StateConflictException("comment.period-closed", BuddhistEra.format(hearing.window().commentPeriodEnd()))
                        .with("closedAt", hearing.status() == HearingStatus.CANCELLED ? null : hearing.window().closesAt())
                        .with("commentPeriodEnd", hearing.window().commentPeriodEnd());
            }
            throw new StateConflictException("comment.period-not-open", BuddhistEra.format(hearing.window().commentPeriodStart()))
                    .with("opensAt", hearing.window().opensAt());
        }
        List<Violation> violations = new ArrayList<>(CommentRules.violations(comment, privacyNoticeVersion));
        String clause = clauseOf(hearing, comment.clause(), violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        String reference = "C%s-%06d".formatted(BuddhistEra.yearOf(now), sequences.next("comment_seq"));
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into hearing_comment (hearing_id, reference_no, document_label, clause, comment_type, comment_text,
                    proposed_change, commenter_name, organisation, email, consent_version, publish_name, received_at)
                values (:hearingId, :reference, :document, :clause, :type, :text, :proposed, :name, :organisation, :email,
                    :consent, :publishName, :at)""")
                .param("hearingId", hearingId)
                .param("reference", reference)
                .param("document", comment.documentLabel())
                .param("clause", clause)
                .param("type", comment.type().name())
                .param("text", comment.commentText())
                .param("proposed", comment.proposedChange())
                .param("name", comment.name())
                .param("organisation", comment.organisation())
                .param("email", comment.email())
                .param("consent", comment.consentVersion())
                .param("publishName", comment.publishName())
                .param("at", utc(now))
                .update(keys, "id");
        long commentId = keys.getKeyAs(Long.class);
        if (idempotencyKey != null) {
            jdbc.sql("""
                    insert into comment_submission (idempotency_key, hearing_id, request_hash, comment_id, created_at)
                    values (:key, :hearingId, :hash, :commentId, :at)""")
                    .param("key", idempotencyKey).param("hearingId", hearingId).param("hash", requestHash)
                    .param("commentId", commentId).param("at", utc(now))
                    .update();
        }
        Comment stored = get(commentId);
        LocaleContext request = LocaleContextHolder.getLocaleContext();
        events.publishEvent(new CommentReceived(stored, hearing, request == null ? null : request.getLocale()));
        return stored;
    }

    /**
     * The clause a comment is about, as the draft under hearing numbers it. A hearing of a draft sent as a Word file
     * takes only its clauses ("ข้อ ๔.๒" is clause 4.2), or none for the whole draft; other hearings take the clause as
     * typed.
     */
    private String clauseOf(Hearing hearing, String typed, List<Violation> violations) {
        if (typed == null || typed.isBlank() || hearing.draftVersionId() == null) {
            return typed;
        }
        DraftVersion draft = drafts.get(hearing.draftVersionId());
        if (!draft.hasText()) {
            return typed;
        }
        String number = Clause.normalise(typed);
        if (!drafts.hasClause(draft.id(), number)) {
            violations.add(Violation.of(CommentRules.CLAUSE, "comment.clause-unknown", typed.strip(), draft.versionLabel()));
        }
        return number;
    }

    /** The comment submitted earlier under this key, with the hash of the request that submitted it. */
    @Transactional(readOnly = true)
    public Optional<Submitted> submitted(long hearingId, String idempotencyKey) {
        return jdbc.sql("select request_hash, comment_id from comment_submission where hearing_id = :hearingId and idempotency_key = :key")
                .param("hearingId", hearingId).param("key", idempotencyKey)
                .query((rs, n) -> new Submitted(rs.getString("request_hash"), get(rs.getLong("comment_id"))))
                .optional();
    }

    /** A comment stored under an idempotency key, and the hash of the request that stored it. */
    public record Submitted(String requestHash, Comment comment) {
    }

    /** Records the working group's disposition of a comment and its response; the clauses named before stay. */
    public void respond(long commentId, Disposition disposition, String response) {
        respond(commentId, disposition, response, null);
    }

    /**
     * Records the working group's disposition of a comment, its response and the clauses of the revised draft that
     * answer it. Answers are drafted from the day the comment arrives, and seen only by staff until the hearing's
     * summary is published.
     *
     * @param answeredIn clause numbers of the latest version of the draft sent after the one heard ("4.2", "ข้อ ๕"); null
     *                   keeps those named before, an empty list names none
     * @throws StateConflictException when the hearing has not opened or was cancelled
     * @throws InvalidInputException  when a clause is not in the revised draft, or there is no revised draft yet
     */
    public void respond(long commentId, Disposition disposition, String response, List<String> answeredIn) {
        Comment comment = get(commentId);
        Hearing hearing = hearings.get(comment.hearingId());
        if (hearing.status() != HearingStatus.OPEN && hearing.status() != HearingStatus.CLOSED) {
            throw new StateConflictException("comment.not-answerable", comment.referenceNo());
        }
        String clauses = null;
        Long version = null;
        if (answeredIn == null) {
            clauses = comment.answeredIn().isEmpty() ? null : String.join(", ", comment.answeredIn());
            version = comment.answeredInVersion();
        } else if (!answeredIn.isEmpty()) {
            DraftVersion revised = revisedDraft(hearing).orElseThrow(() ->
                    new InvalidInputException(Violation.of("answeredIn", "comment.answered-in-no-revision")));
            List<Violation> violations = new ArrayList<>();
            List<String> numbers = answeredIn.stream().filter(n -> n != null && !n.isBlank()).map(Clause::normalise).distinct().toList();
            for (String number : numbers) {
                if (!drafts.hasClause(revised.id(), number)) {
                    violations.add(Violation.of("answeredIn", "comment.answered-in-unknown", number, revised.versionLabel()));
                }
            }
            if (!violations.isEmpty()) {
                throw new InvalidInputException(violations);
            }
            clauses = numbers.isEmpty() ? null : String.join(", ", numbers);
            version = numbers.isEmpty() ? null : revised.id();
        }
        jdbc.sql("""
                update hearing_comment set disposition = :disposition, response = :response, responded_by = :by, responded_at = :at,
                    answered_in = :answeredIn, answered_in_version_id = :version
                where id = :id""")
                .param("disposition", disposition.name())
                .param("response", response)
                .param("by", currentUser.id())
                .param("at", utc(EngineTime.now()))
                .param("answeredIn", clauses)
                .param("version", version)
                .param("id", commentId)
                .update();
    }

    /** The version of the draft that answers a hearing's comments: the latest sent as a Word file after the one heard. */
    @Transactional(readOnly = true)
    public Optional<DraftVersion> revisedDraft(Hearing hearing) {
        return drafts.latestText(hearing.standardId())
                .filter(latest -> hearing.draftVersionId() == null || latest.id() != hearing.draftVersionId());
    }

    @Transactional(readOnly = true)
    public List<Comment> forHearing(long hearingId) {
        return jdbc.sql("select " + COLUMNS + " from hearing_comment where hearing_id = :id order by received_at, id")
                .param("id", hearingId).query(this::map).list();
    }

    /**
     * The comments of a hearing that match every filter given: type, disposition, whether answered, and text found
     * in the comment, the proposed change, the clause or the reference.
     *
     * @throws InvalidInputException when the text holds a character {@link TextCharacters} refuses
     */
    @Transactional(readOnly = true)
    public List<Comment> search(long hearingId, CommentType type, Disposition disposition, Boolean answered, String text) {
        StringBuilder where = new StringBuilder("hearing_id = :id");
        Map<String, Object> params = new HashMap<>();
        params.put("id", hearingId);
        if (type != null) {
            where.append(" and comment_type = :type");
            params.put("type", type.name());
        }
        if (disposition != null) {
            where.append(" and disposition = :disposition");
            params.put("disposition", disposition.name());
        }
        if (answered != null) {
            where.append(answered ? " and disposition is not null" : " and disposition is null");
        }
        TextCharacters.check("q", text, "q").ifPresent(violation -> {
            throw new InvalidInputException(violation);
        });
        if (text != null && !text.isBlank()) {
            where.append(" and (lower(comment_text) like :text or lower(coalesce(proposed_change, '')) like :text"
                    + " or lower(coalesce(clause, '')) like :text or lower(reference_no) like :text)");
            params.put("text", "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "").replace("%", "").replace("_", "") + "%");
        }
        return jdbc.sql("select " + COLUMNS + " from hearing_comment where " + where + " order by received_at, id")
                .params(params).query(this::map).list();
    }

    /**
     * A page of a hearing's comments in the order they arrived, those answered or not, or on one clause: two queries,
     * the counts and the page, however many comments the hearing has.
     *
     * @param answered true: answered only; false: not yet answered; null: both
     * @param clause   the clause's number as comments keep it ({@link Clause#normalise}); null: any clause or none
     * @param number   the page from 1; one past the last reads the last, where a comment just answered leaves a list
     *                 a page shorter
     */
    @Transactional(readOnly = true)
    public CommentPage page(long hearingId, Boolean answered, String clause, int number, int size) {
        if (number < 1 || size < 1) {
            throw new IllegalArgumentException("page " + number + " of " + size);
        }
        StringBuilder filter = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        params.put("id", hearingId);
        if (answered != null) {
            filter.append(answered ? " and disposition is not null" : " and disposition is null");
        }
        if (clause != null) {
            filter.append(" and clause = :clause");
            params.put("clause", clause);
        }
        long[] counts = jdbc.sql("select count(*) as all_comments, count(disposition) as answered, coalesce(sum(case when " + filter
                        + " then 1 else 0 end), 0) as matching from hearing_comment where hearing_id = :id")
                .params(params)
                .query((rs, n) -> new long[] {rs.getLong("all_comments"), rs.getLong("answered"), rs.getLong("matching")})
                .single();
        long pages = Math.max(1, (counts[2] + size - 1) / size);
        int shown = (int) Math.min(number, pages);
        List<Comment> page = List.of();
        if (counts[2] > 0) {
            params.put("size", size);
            params.put("offset", (long) (shown - 1) * size);
            page = jdbc.sql("select " + COLUMNS + " from hearing_comment where hearing_id = :id and " + filter
                            + " order by received_at, id limit :size offset :offset")
                    .params(params).query(this::map).list();
        }
        return new CommentPage(page, shown, size, counts[2], counts[0], counts[1]);
    }

    /** How many comments of a hearing are on each clause, by the clause's number; comments on the whole draft are left out. */
    @Transactional(readOnly = true)
    public Map<String, Long> countsByClause(long hearingId) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("select clause, count(*) as comments from hearing_comment where hearing_id = :id and clause is not null group by clause")
                .param("id", hearingId)
                .query(rs -> {
                    counts.put(rs.getString("clause"), rs.getLong("comments"));
                });
        return counts;
    }

    /** The comments sent from this e-mail address, in any case, that still name their author. */
    @Transactional(readOnly = true)
    public List<Comment> byEmail(String email) {
        return jdbc.sql("select " + COLUMNS + " from hearing_comment where lower(email) = :email order by received_at, id")
                .param("email", email.strip().toLowerCase(Locale.ROOT)).query(this::map).list();
    }

    /**
     * Takes the author off every comment sent from this address: name, organisation, address and consent. The
     * comment, its reference and its answer stay.
     *
     * @return how many comments were anonymised
     */
    public int anonymiseByEmail(String email) {
        return anonymise("lower(email) = :email", Map.of("email", email.strip().toLowerCase(Locale.ROOT)));
    }

    /**
     * Takes the authors off the comments of hearings that closed, or were cancelled, with a comment period that
     * ended before {@code day}.
     *
     * @return how many comments were anonymised
     */
    public int anonymiseHearingsEndedBefore(LocalDate day) {
        return anonymise("hearing_id in (select id from hearing where status in ('CLOSED', 'CANCELLED') and comment_period_end < :day)",
                Map.of("day", day));
    }

    private int anonymise(String which, Map<String, Object> params) {
        String named = which + " and (commenter_name is not null or organisation is not null or email is not null)";
        // the key's request hash was taken over the author's details too
        jdbc.sql("delete from comment_submission where comment_id in (select id from hearing_comment where " + named + ")").params(params).update();
        Map<String, Object> update = new HashMap<>(params);
        update.put("at", utc(EngineTime.now()));
        return jdbc.sql("""
                update hearing_comment set commenter_name = null, organisation = null, email = null, consent_version = null,
                    publish_name = false, anonymised_at = :at
                where """ + " " + named).params(update).update();
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
        String answeredIn = rs.getString("answered_in");
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
                rs.getBoolean("publish_name"),
                rs.getObject("received_at", OffsetDateTime.class).toInstant(),
                disposition == null ? null : Disposition.valueOf(disposition),
                rs.getString("response"),
                rs.getString("responded_by"),
                respondedAt == null ? null : respondedAt.toInstant(),
                answeredIn == null || answeredIn.isBlank() ? List.of() : List.of(answeredIn.split(",\\s*")),
                rs.getObject("answered_in_version_id", Long.class));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
