package th.go.dga.standards.privacy;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.go.dga.standards.engine.CurrentUser;
import th.go.dga.standards.hearing.Comment;
import th.go.dga.standards.hearing.CommentRules;
import th.go.dga.standards.hearing.CommentService;
import th.go.dga.standards.hearing.MeetingRegistrations;
import th.go.dga.standards.hearing.Registration;
import th.go.dga.standards.notification.Notifications;
import th.go.dga.standards.subscription.Stakeholders;
import th.go.dga.standards.subscription.Subscriptions;
import th.go.dga.standards.time.EngineTime;
import th.go.dga.standards.validation.InvalidInputException;

/**
 * A person's data, found by their e-mail address: everything the system holds about them exported, or erased.
 * Erasing takes their name, organisation and address off their comments, which stay with their answers, removes
 * their meeting registrations, their subscriptions and stakeholder entry, takes their address off the mails sent to
 * them, and deletes what the engine's history holds of them. Each request is recorded,
 * with who made it and how much was found, never whose data it was.
 */
@Service
@Transactional
public class PersonalDataService {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataService.class);

    private final CommentService comments;
    private final MeetingRegistrations registrations;
    private final EngineHistoryScan engineHistory;
    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Subscriptions subscriptions;
    private final Stakeholders stakeholders;
    private final Notifications notifications;

    PersonalDataService(CommentService comments, MeetingRegistrations registrations, EngineHistoryScan engineHistory,
                        JdbcClient jdbc, CurrentUser currentUser, Subscriptions subscriptions, Stakeholders stakeholders,
                        Notifications notifications) {
        this.comments = comments;
        this.registrations = registrations;
        this.engineHistory = engineHistory;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.subscriptions = subscriptions;
        this.stakeholders = stakeholders;
        this.notifications = notifications;
    }

    /** Everything held about the person with this address. */
    public PersonalDataExport export(String email) {
        String address = valid(email);
        List<Comment> commented = comments.byEmail(address);
        List<Registration> registered = registrations.byEmail(address);
        List<EngineRecord> engine = engineHistory.find(needles(address, commented, registered));
        record("EXPORT", commented.size(), registered.size(), engine.size());
        return new PersonalDataExport(address, EngineTime.now(), commented.stream().map(PersonalDataExport.CommentData::of).toList(),
                registered.stream().map(PersonalDataExport.RegistrationData::of).toList(), engine,
                subscriptions.byEmail(address).stream().map(PersonalDataExport.SubscriptionData::of).toList(),
                stakeholders.byEmail(address).map(PersonalDataExport.StakeholderData::of).orElse(null),
                notifications.toAddress(address).stream().map(PersonalDataExport.MailData::of).toList());
    }

    /** Erases the person with this address from the system, as far as it can without losing the comments. */
    public ErasureReport erase(String email) {
        String address = valid(email);
        List<Comment> commented = comments.byEmail(address);
        List<Registration> registered = registrations.byEmail(address);
        EngineHistoryScan.Erasure engine = engineHistory.erase(needles(address, commented, registered));
        int anonymised = comments.anonymiseByEmail(address);
        int removed = registrations.removeByEmail(address);
        int unsubscribed = subscriptions.removeByEmail(address);
        int unlisted = stakeholders.removeByEmail(address);
        int mails = notifications.eraseAddress(address);
        record("ERASURE", anonymised, removed, engine.deleted());
        log.info("Erased a person's data on request: {} comments anonymised, {} registrations removed, {} engine records deleted, {} left "
                + "in running processes, {} subscriptions and {} stakeholder entries removed, {} mails no longer addressed", anonymised,
                removed, engine.deleted(), engine.kept().size(), unsubscribed, unlisted, mails);
        return new ErasureReport(anonymised, removed, engine.deleted(), engine.kept(), unsubscribed, unlisted, mails);
    }

    private static String valid(String email) {
        CommentRules.emailViolation(CommentRules.EMAIL, email).ifPresent(violation -> {
            throw new InvalidInputException(violation);
        });
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** The address, and the names and organisations the person gave. */
    private static List<String> needles(String address, List<Comment> commented, List<Registration> registered) {
        List<String> needles = new ArrayList<>(List.of(address));
        commented.forEach(c -> needles.add(c.name()));
        registered.forEach(r -> needles.add(r.name()));
        return needles.stream().distinct().toList();
    }

    private void record(String kind, int commentCount, int registrationCount, int engineCount) {
        jdbc.sql("""
                insert into personal_data_request (kind, requested_by, requested_at, comments, registrations, engine_records)
                values (:kind, :by, :at, :comments, :registrations, :engine)""")
                .param("kind", kind).param("by", currentUser.id()).param("at", EngineTime.now().atOffset(ZoneOffset.UTC))
                .param("comments", commentCount).param("registrations", registrationCount).param("engine", engineCount)
                .update();
    }
}
