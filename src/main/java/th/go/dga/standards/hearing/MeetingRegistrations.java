package th.go.dga.standards.hearing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.go.dga.standards.time.BuddhistEra;
import th.go.dga.standards.time.EngineTime;
import th.go.dga.standards.validation.InvalidInputException;
import th.go.dga.standards.validation.StateConflictException;
import th.go.dga.standards.validation.Violation;

/**
 * Registrations to attend a hearing meeting, one per e-mail address and hearing: registering again returns the
 * registration made before.
 */
@Service
public class MeetingRegistrations {

    private final JdbcClient jdbc;
    private final HearingService hearings;
    private final CommentService comments;
    private final ApplicationEventPublisher events;

    public MeetingRegistrations(JdbcClient jdbc, HearingService hearings, CommentService comments, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.hearings = hearings;
        this.comments = comments;
        this.events = events;
    }

    /** A registration, and whether it was made by this request or before. */
    public record Outcome(Registration registration, boolean existing) {
    }

    /**
     * @throws InvalidInputException  when a name, a valid e-mail address or the consent is missing
     * @throws StateConflictException when the hearing is not taking registrations or its meeting has ended
     */
    public Outcome register(long hearingId, String name, String organisation, String email, String consentVersion) {
        Hearing hearing = hearings.get(hearingId);
        List<Violation> violations = new ArrayList<>();
        CommentRules.required(violations, CommentRules.NAME, name, Violation.label("name"), 200);
        CommentRules.optional(violations, CommentRules.ORGANISATION, organisation, Violation.label("organisation"), 300);
        CommentRules.emailViolation(CommentRules.EMAIL, email).ifPresent(violations::add);
        if (consentVersion == null) {
            violations.add(Violation.of(CommentRules.CONSENT, "comment.consent-required"));
        } else if (!consentVersion.equals(comments.privacyNoticeVersion())) {
            violations.add(Violation.of(CommentRules.PRIVACY_NOTICE_VERSION, "comment.consent-outdated", consentVersion, comments.privacyNoticeVersion()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        String address = email.strip().toLowerCase(Locale.ROOT);
        Optional<Registration> earlier = find(hearingId, address);
        if (earlier.isPresent()) {
            return new Outcome(earlier.get(), true);
        }
        if (!hearing.acceptsRegistrationsAt(EngineTime.now())) {
            throw new StateConflictException("registration.closed", BuddhistEra.format(hearing.window().meetingEnd()))
                    .with("meetingEnd", hearing.window().meetingEnd());
        }
        Registration registration;
        try {
            registration = insert(hearingId, name.strip(), organisation == null ? null : organisation.strip(), address, consentVersion);
        } catch (DuplicateKeyException registeredAtOnce) {
            return new Outcome(find(hearingId, address).orElseThrow(() -> registeredAtOnce), true);
        }
        events.publishEvent(new MeetingRegistered(registration, hearing));
        return new Outcome(registration, false);
    }

    /** One statement, committed on its own: a registration made at the same moment by another request wins. */
    private Registration insert(long hearingId, String name, String organisation, String email, String consentVersion) {
        Instant now = EngineTime.now();
        jdbc.sql("""
                insert into hearing_registration (hearing_id, registrant_name, organisation, email, consent_version, registered_at, locale)
                values (:hearingId, :name, :organisation, :email, :consent, :at, :locale)""")
                .param("hearingId", hearingId).param("name", name).param("organisation", organisation).param("email", email)
                .param("consent", consentVersion).param("at", now.atOffset(ZoneOffset.UTC)).param("locale", requestLanguage())
                .update();
        return find(hearingId, email).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<Registration> forHearing(long hearingId) {
        return jdbc.sql("""
                select id, hearing_id, registrant_name, organisation, email, consent_version, registered_at, locale
                from hearing_registration where hearing_id = :hearingId order by registered_at, id""")
                .param("hearingId", hearingId).query(this::map).list();
    }

    /** The registrations made with this e-mail address, in any case. */
    @Transactional(readOnly = true)
    public List<Registration> byEmail(String email) {
        return jdbc.sql("""
                select id, hearing_id, registrant_name, organisation, email, consent_version, registered_at, locale
                from hearing_registration where email = :email order by registered_at, id""")
                .param("email", email.strip().toLowerCase(Locale.ROOT)).query(this::map).list();
    }

    /** @return how many registrations made with this address were removed */
    public int removeByEmail(String email) {
        return jdbc.sql("delete from hearing_registration where email = :email").param("email", email.strip().toLowerCase(Locale.ROOT)).update();
    }

    /** @return how many registrations of hearings closed or cancelled with a comment period ended before {@code day} were removed */
    public int removeHearingsEndedBefore(LocalDate day) {
        return jdbc.sql("""
                delete from hearing_registration where hearing_id in
                    (select id from hearing where status in ('CLOSED', 'CANCELLED') and comment_period_end < :day)""")
                .param("day", day).update();
    }

    private Optional<Registration> find(long hearingId, String email) {
        return jdbc.sql("""
                select id, hearing_id, registrant_name, organisation, email, consent_version, registered_at, locale
                from hearing_registration where hearing_id = :hearingId and email = :email""")
                .param("hearingId", hearingId).param("email", email).query(this::map).optional();
    }

    private Registration map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Registration(rs.getLong("id"), rs.getLong("hearing_id"), rs.getString("registrant_name"), rs.getString("organisation"),
                rs.getString("email"), rs.getString("consent_version"), rs.getObject("registered_at", OffsetDateTime.class).toInstant(),
                rs.getString("locale"));
    }

    /** The language of the request being answered, or null outside one. */
    private static String requestLanguage() {
        LocaleContext context = LocaleContextHolder.getLocaleContext();
        return context == null || context.getLocale() == null ? null : context.getLocale().getLanguage();
    }
}
