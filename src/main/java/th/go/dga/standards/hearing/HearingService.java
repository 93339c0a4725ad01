package th.go.dga.standards.hearing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.go.dga.standards.draft.DraftVersion;
import th.go.dga.standards.draft.DraftVersions;
import th.go.dga.standards.engine.CurrentUser;
import th.go.dga.standards.process.PublicHearingProcess;
import th.go.dga.standards.registry.StandardRegistry;
import th.go.dga.standards.registry.StandardStatus;
import th.go.dga.standards.time.BuddhistEra;
import th.go.dga.standards.time.EngineTime;
import th.go.dga.standards.validation.InvalidInputException;
import th.go.dga.standards.validation.Messages;
import th.go.dga.standards.validation.NotFoundException;
import th.go.dga.standards.validation.StateConflictException;
import th.go.dga.standards.validation.Violation;

/**
 * Hearings: scheduling, opening, extending, closing. The stored schedule is the only source of every hearing date
 * shown anywhere.
 */
@Service
@Transactional
public class HearingService {

    private static final Logger log = LoggerFactory.getLogger(HearingService.class);

    private static final String COLUMNS = """
            id, standard_id, round, comment_period_start, comment_period_end, meeting_start, meeting_end, meeting_link,
            registration_link, background, status, slides_ref, recording_link, materials_note, faq, scheduled_by, scheduled_at,
            draft_version_id, summary_published_at""";

    private final JdbcClient jdbc;
    private final StandardRegistry registry;
    private final DraftVersions drafts;
    private final CurrentUser currentUser;
    private final int minimumCommentDays;

    public HearingService(JdbcClient jdbc, StandardRegistry registry, DraftVersions drafts, CurrentUser currentUser, HearingSettings settings) {
        this.jdbc = jdbc;
        this.drafts = drafts;
        this.registry = registry;
        this.currentUser = currentUser;
        this.minimumCommentDays = settings.minimumCommentDays();
    }

    public int minimumCommentDays() {
        return minimumCommentDays;
    }

    /**
     * Schedules the next hearing round of a standard, of the draft's latest version: the one the committees approved.
     *
     * @throws InvalidInputException when the window breaks a rule
     */
    public Hearing schedule(String standardId, HearingWindow window, String meetingLink, String registrationLink, String background) {
        List<Violation> violations = window.violations(minimumCommentDays, EngineTime.now());
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        registry.get(standardId);
        int round = jdbc.sql("select coalesce(max(round), 0) + 1 from hearing where standard_id = :id")
                .param("id", standardId).query(Integer.class).single();
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into hearing (standard_id, round, comment_period_start, comment_period_end, meeting_start, meeting_end,
                    meeting_link, registration_link, background, status, scheduled_by, scheduled_at, draft_version_id)
                values (:standardId, :round, :start, :end, :meetingStart, :meetingEnd, :meetingLink, :registrationLink,
                    :background, 'SCHEDULED', :by, :at, :draftVersionId)""")
                .param("standardId", standardId)
                .param("round", round)
                .param("start", window.commentPeriodStart())
                .param("end", window.commentPeriodEnd())
                .param("meetingStart", utc(window.meetingStart()))
                .param("meetingEnd", utc(window.meetingEnd()))
                .param("meetingLink", meetingLink)
                .param("registrationLink", registrationLink)
                .param("background", background)
                .param("by", currentUser.id())
                .param("at", utc(EngineTime.now()))
                .param("draftVersionId", drafts.latest(standardId).map(DraftVersion::id).orElse(null))
                .update(keys, "id");
        Hearing hearing = get(keys.getKeyAs(Long.class));
        registry.changeStatus(standardId, StandardStatus.HEARING_SCHEDULED,
                Messages.get("hearing.scheduled", round, BuddhistEra.format(window.commentPeriodStart()),
                        BuddhistEra.format(window.commentPeriodEnd())));
        return hearing;
    }

    /** Opens the comment period: from now on comments are accepted until it closes. */
    public Hearing open(long hearingId) {
        Hearing hearing = get(hearingId);
        setStatus(hearing, HearingStatus.SCHEDULED, HearingStatus.OPEN);
        registry.changeStatus(hearing.standardId(), StandardStatus.HEARING_OPEN, Messages.get("hearing.opened", hearing.round()));
        return get(hearingId);
    }

    /**
     * Extends an open comment period.
     *
     * @throws InvalidInputException  when the new end is not later than the current one, or no reason is given
     * @throws StateConflictException when the hearing is not open
     */
    public Hearing extend(long hearingId, LocalDate newEnd, String reason) {
        Hearing hearing = get(hearingId);
        if (hearing.status() != HearingStatus.OPEN) {
            throw new StateConflictException("hearing.not-open", hearing.round());
        }
        List<Violation> violations = new ArrayList<>(hearing.window().extensionViolations(newEnd, PublicHearingProcess.Var.NEW_COMMENT_PERIOD_END));
        if (reason == null || reason.isBlank()) {
            violations.add(Violation.of(PublicHearingProcess.Var.EXTENSION_REASON, "hearing.extension-reason-required"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        jdbc.sql("""
                insert into hearing_extension (hearing_id, previous_end, new_end, reason, extended_by, extended_at)
                values (:hearingId, :previous, :newEnd, :reason, :by, :at)""")
                .param("hearingId", hearingId)
                .param("previous", hearing.window().commentPeriodEnd())
                .param("newEnd", newEnd)
                .param("reason", reason.strip())
                .param("by", currentUser.id())
                .param("at", utc(EngineTime.now()))
                .update();
        jdbc.sql("update hearing set comment_period_end = :end where id = :id").param("end", newEnd).param("id", hearingId).update();
        return get(hearingId);
    }

    /**
     * Opens the comment period if its first day has come by the stored schedule. A timer made to fire early, whoever
     * made it, leaves the hearing as it is: the legal dates are the stored ones.
     *
     * @return whether the hearing is open now
     */
    public boolean openIfDue(long hearingId) {
        Hearing hearing = get(hearingId);
        if (!hearing.window().openedBy(EngineTime.now())) {
            log.warn("hearing {}: its opening timer fired before {}; it stays scheduled and waits", hearingId, hearing.window().opensAt());
            return false;
        }
        open(hearingId);
        return true;
    }

    /**
     * Closes the comment period if its last day is over by the stored schedule; a timer made to fire early leaves it
     * open.
     *
     * @return whether the hearing is closed now
     */
    public boolean closeIfDue(long hearingId) {
        Hearing hearing = get(hearingId);
        if (!hearing.window().endedBy(EngineTime.now())) {
            log.warn("hearing {}: its closing timer fired before {}; it stays open and waits", hearingId, hearing.window().closesAt());
            return false;
        }
        close(hearingId);
        return true;
    }

    /** Closes the comment period: no comment is accepted any more. */
    public Hearing close(long hearingId) {
        Hearing hearing = get(hearingId);
        setStatus(hearing, HearingStatus.OPEN, HearingStatus.CLOSED);
        registry.changeStatus(hearing.standardId(), StandardStatus.HEARING_CLOSED, Messages.get("hearing.closed", hearing.round()));
        return get(hearingId);
    }

    public void recordMaterials(long hearingId, String slidesRef, String recordingLink, String note) {
        get(hearingId);
        jdbc.sql("update hearing set slides_ref = :slides, recording_link = :recording, materials_note = :note where id = :id")
                .param("slides", slidesRef).param("recording", recordingLink).param("note", note).param("id", hearingId).update();
    }

    /** Makes the working group's answers to the comments the public's; a second call changes nothing. */
    public void publishSummary(long hearingId) {
        jdbc.sql("update hearing set summary_published_at = :at where id = :id and summary_published_at is null")
                .param("at", utc(EngineTime.now())).param("id", hearingId).update();
    }

    public void recordFaq(long hearingId, String faq) {
        jdbc.sql("update hearing set faq = :faq where id = :id").param("faq", faq).param("id", hearingId).update();
    }

    /** Cancels the hearings of a withdrawn project that have not closed. */
    public void cancelUnfinished(String standardId) {
        jdbc.sql("update hearing set status = 'CANCELLED' where standard_id = :id and status in ('SCHEDULED', 'OPEN')")
                .param("id", standardId).update();
    }

    /**
     * Stores a new time for the meeting of a hearing that has not closed, and a new link if one is given.
     *
     * @return how many times the meeting has moved, this move included
     * @throws StateConflictException when the hearing has closed or been cancelled meanwhile
     */
    int storeMeeting(Hearing hearing, Instant start, Instant end, String link) {
        int changed = jdbc.sql("""
                        update hearing set meeting_start = :start, meeting_end = :end, meeting_link = coalesce(:link, meeting_link),
                               meeting_sequence = meeting_sequence + 1
                         where id = :id and status in ('SCHEDULED', 'OPEN')""")
                .param("start", utc(start)).param("end", utc(end)).param("link", link).param("id", hearing.id()).update();
        if (changed != 1) {
            throw new StateConflictException("hearing.meeting-not-movable", hearing.round(), hearing.status().name());
        }
        return meetingSequence(hearing.id());
    }

    /** How many times the meeting of a hearing has moved: 0 while it is where it was first scheduled. */
    @Transactional(readOnly = true)
    public int meetingSequence(long hearingId) {
        return jdbc.sql("select meeting_sequence from hearing where id = :id").param("id", hearingId).query(Integer.class).optional()
                .orElseThrow(() -> new NotFoundException("hearing.not-found", hearingId));
    }

    /** Hearings, scheduled or open, whose meeting starts after {@code from} and no later than {@code to}. */
    @Transactional(readOnly = true)
    public List<Hearing> meetingsStarting(Instant from, Instant to) {
        return jdbc.sql("select " + COLUMNS + """
                         from hearing where status in ('SCHEDULED', 'OPEN') and meeting_start > :from and meeting_start <= :to
                        order by meeting_start, id""")
                .param("from", utc(from)).param("to", utc(to)).query(this::map).list();
    }

    /** Whether a hearing the public can see (open, or closed with its summary) puts this version to the public. */
    @Transactional(readOnly = true)
    public boolean heardPublicly(long draftVersionId) {
        return jdbc.sql("select count(*) from hearing where draft_version_id = :id and status in ('OPEN', 'CLOSED')")
                .param("id", draftVersionId).query(Integer.class).single() > 0;
    }

    @Transactional(readOnly = true)
    public Optional<Hearing> find(long hearingId) {
        return jdbc.sql("select " + COLUMNS + " from hearing where id = :id").param("id", hearingId).query(this::map).optional();
    }

    @Transactional(readOnly = true)
    public Hearing get(long hearingId) {
        return find(hearingId).orElseThrow(() -> new NotFoundException("hearing.not-found", hearingId));
    }

    /** The latest hearing round of a standard. */
    @Transactional(readOnly = true)
    public Optional<Hearing> latest(String standardId) {
        return jdbc.sql("select " + COLUMNS + " from hearing where standard_id = :id order by round desc")
                .param("id", standardId).query(this::map).stream().findFirst();
    }

    @Transactional(readOnly = true)
    public List<Hearing> forStandard(String standardId) {
        return jdbc.sql("select " + COLUMNS + " from hearing where standard_id = :id order by round")
                .param("id", standardId).query(this::map).list();
    }

    /**
     * Hearings the public can see, in the order people need them: open ones closing soonest first, upcoming ones
     * opening soonest first, closed ones most recent first. A cancelled hearing is not shown.
     */
    @Transactional(readOnly = true)
    public List<Hearing> visible(HearingStatus status) {
        String where = status == null ? "status <> 'CANCELLED'" : "status = :status";
        String order = status == HearingStatus.SCHEDULED ? "comment_period_start, id"
                : status == HearingStatus.OPEN ? "comment_period_end, id"
                : "comment_period_end desc, id desc";
        var query = jdbc.sql("select " + COLUMNS + " from hearing where " + where + " order by " + order);
        if (status != null) {
            query = query.param("status", status.name());
        }
        return query.query(this::map).list();
    }

    /**
     * The hearings, not cancelled, whose comment period reaches into these days, which also holds every meeting among
     * them (a meeting lies inside its comment period): at most {@code limit}, the earliest opening first.
     */
    @Transactional(readOnly = true)
    public List<Hearing> during(LocalDate first, LocalDate last, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                         from hearing where comment_period_end >= :first and comment_period_start <= :last and status <> 'CANCELLED'
                        order by comment_period_start, id fetch first :limit rows only""")
                .param("first", first).param("last", last).param("limit", limit).query(this::map).list();
    }

    @Transactional(readOnly = true)
    public List<HearingExtension> extensions(long hearingId) {
        return jdbc.sql("""
                select hearing_id, previous_end, new_end, reason, extended_by, extended_at
                from hearing_extension where hearing_id = :id order by extended_at, id""")
                .param("id", hearingId)
                .query((rs, n) -> new HearingExtension(rs.getLong("hearing_id"), rs.getObject("previous_end", LocalDate.class),
                        rs.getObject("new_end", LocalDate.class), rs.getString("reason"), rs.getString("extended_by"),
                        rs.getObject("extended_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    private void setStatus(Hearing hearing, HearingStatus expected, HearingStatus next) {
        int changed = jdbc.sql("update hearing set status = :next where id = :id and status = :expected")
                .param("next", next.name()).param("id", hearing.id()).param("expected", expected.name()).update();
        if (changed != 1) {
            throw new StateConflictException("hearing.wrong-status", hearing.round(), hearing.status().name(), next.name());
        }
    }

    private Hearing map(ResultSet rs, int row) throws SQLException {
        return new Hearing(
                rs.getLong("id"),
                rs.getString("standard_id"),
                rs.getInt("round"),
                new HearingWindow(
                        rs.getObject("comment_period_start", LocalDate.class),
                        rs.getObject("comment_period_end", LocalDate.class),
                        rs.getObject("meeting_start", OffsetDateTime.class).toInstant(),
                        rs.getObject("meeting_end", OffsetDateTime.class).toInstant()),
                rs.getString("meeting_link"),
                rs.getString("registration_link"),
                rs.getString("background"),
                HearingStatus.valueOf(rs.getString("status")),
                rs.getString("slides_ref"),
                rs.getString("recording_link"),
                rs.getString("materials_note"),
                rs.getString("faq"),
                rs.getString("scheduled_by"),
                rs.getObject("scheduled_at", OffsetDateTime.class).toInstant(),
                rs.getObject("draft_version_id", Long.class),
                Optional.ofNullable(rs.getObject("summary_published_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant).orElse(null));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
