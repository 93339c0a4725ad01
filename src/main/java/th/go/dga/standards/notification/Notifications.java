package th.go.dga.standards.notification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import th.go.dga.standards.process.NotificationDeliveryProcess;

/**
 * The notification log and the way into it. {@link #queue} keeps a mail and starts its delivery in the caller's
 * transaction: if the approval that asked for it rolls back, so does the mail; once it commits, the job executor
 * delivers it (see {@link NotificationDelivery}), so a mail server that is down never undoes anyone's work.
 */
@Service
public class Notifications {

    private static final Logger LOG = LoggerFactory.getLogger(Notifications.class);
    private static final String COLUMNS = """
            id, notification_key, kind, recipient, recipient_name, locale, subject, body, link, calendar, unsubscribe_link,
            message_id, status, attempts, last_error, created_at, sent_at""";

    private final JdbcClient jdbc;
    private final MailTemplates templates;
    private final MailSettings settings;
    private final ProcessEngine engine;

    private final TransactionTemplate onItsOwn;

    Notifications(JdbcClient jdbc, MailTemplates templates, MailSettings settings, ProcessEngine engine, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.templates = templates;
        this.settings = settings;
        this.engine = engine;
        this.onItsOwn = new TransactionTemplate(transactions);
        this.onItsOwn.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Keeps the mail and has it delivered once the caller's transaction commits. A mail whose key was queued before is
     * not queued again.
     *
     * @return whether it was queued now
     */
    @Transactional
    public boolean queue(Mail mail) {
        if (exists(mail.key())) {
            return false;
        }
        MailTemplates.Rendered rendered = templates.render(mail);
        jdbc.sql("""
                        insert into notification (notification_key, kind, recipient, recipient_name, locale, subject, body, link, calendar,
                            unsubscribe_link, message_id, status, attempts, created_at)
                        values (:key, :kind, :recipient, :name, :locale, :subject, :body, :link, :calendar, :unsubscribe, :messageId, 'QUEUED', 0, :now)""")
                .param("key", mail.key()).param("kind", mail.kind()).param("recipient", mail.to().address())
                .param("name", mail.to().name()).param("locale", mail.to().locale().getLanguage())
                .param("subject", rendered.subject()).param("body", rendered.body()).param("link", mail.link())
                .param("calendar", mail.calendar()).param("unsubscribe", mail.unsubscribe())
                .param("messageId", messageId(mail.key())).param("now", OffsetDateTime.ofInstant(now(), ZoneOffset.UTC))
                .update();
        long id = idOf(mail.key());
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        // the delivery is the system's work, whoever's action asked for it
        configuration.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(() ->
                engine.getRuntimeService().startProcessInstanceByKey(NotificationDeliveryProcess.KEY, mail.key(), Map.of(NotificationDeliveryProcess.Var.NOTIFICATION_ID, id))));
        return true;
    }

    /**
     * Queues the mail in a transaction of its own, as the scans for reminders do: one mail that cannot be queued does not
     * undo the others, and the same mail queued at the same moment by another node is queued once.
     *
     * @return whether it was queued now; false when it had been before, or could not be (logged; the next scan tries
     * again)
     */
    public boolean queueOnItsOwn(Mail mail) {
        try {
            return Boolean.TRUE.equals(onItsOwn.execute(status -> queue(mail)));
        } catch (DuplicateKeyException queuedElsewhere) {
            return false;
        } catch (RuntimeException e) {
            // the key may hold an address, and the database's message the whole row (PostgreSQL: "Failing row
            // contains ..."): the log names the kind and the failures' classes only
            LOG.warn("a mail of kind {} was not queued ({}); the next scan tries again", mail.kind(), causes(e));
            return false;
        }
    }

    /** Whether a mail with this key has ever been queued. */
    public boolean exists(String key) {
        return jdbc.sql("select count(*) from notification where notification_key = :key").param("key", key).query(Integer.class).single() > 0;
    }

    private long idOf(String key) {
        return jdbc.sql("select id from notification where notification_key = :key").param("key", key).query(Long.class).single();
    }

    @Transactional(readOnly = true)
    public Optional<Notification> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from notification where id = :id").param("id", id).query(Notifications::map).optional();
    }

    @Transactional(readOnly = true)
    public Optional<Notification> byKey(String key) {
        return jdbc.sql("select " + COLUMNS + " from notification where notification_key = :key").param("key", key)
                .query(Notifications::map).optional();
    }

    /**
     * The log, newest first.
     *
     * @param status    only mails in this state, or all
     * @param recipient only mails to this address (case-insensitive), or all
     * @param kind      only mails of this kind, or all
     */
    @Transactional(readOnly = true)
    public List<Notification> log(NotificationStatus status, String recipient, String kind, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                         from notification
                        where (cast(:status as varchar(16)) is null or status = :status)
                          and (cast(:recipient as varchar(320)) is null or lower(recipient) = lower(:recipient))
                          and (cast(:kind as varchar(60)) is null or kind = :kind)
                        order by created_at desc, id desc
                        fetch first :limit rows only""")
                .param("status", status == null ? null : status.name()).param("recipient", recipient).param("kind", kind)
                .param("limit", limit).query(Notifications::map).list();
    }

    /** Every mail to this address, for the person's data export. */
    @Transactional(readOnly = true)
    public List<Notification> toAddress(String address) {
        return log(null, address, null, Integer.MAX_VALUE);
    }

    /** Forgets the mails to this address (the person's erasure): the log keeps what was sent, not to whom. */
    @Transactional
    public int eraseAddress(String address) {
        return jdbc.sql("""
                update notification set recipient = 'erased', recipient_name = null, body = '', calendar = null, unsubscribe_link = null
                 where lower(recipient) = lower(:address)""").param("address", address).update();
    }

    /** Forgets the addresses of mails sent before this moment (retention). */
    @Transactional
    public int eraseSentBefore(Instant moment) {
        return jdbc.sql("""
                update notification set recipient = 'erased', recipient_name = null, body = '', calendar = null, unsubscribe_link = null
                 where created_at < :moment and recipient <> 'erased' and status in ('SENT', 'RECORDED')""")
                .param("moment", OffsetDateTime.ofInstant(moment, ZoneOffset.UTC)).update();
    }

    /**
     * Notes, and commits, that a delivery is about to be handed to the mail server. Returns whether an earlier try
     * was interrupted between that moment and its outcome (its node stopped), in which case the server may already
     * have the mail.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean startAttempt(long id) {
        boolean interrupted = jdbc.sql("select attempt_started_at from notification where id = :id for update")
                .param("id", id).query(OffsetDateTime.class).optional().isPresent();
        jdbc.sql("""
                update notification set attempt_started_at = :now,
                       interrupted_attempts = interrupted_attempts + case when attempt_started_at is null then 0 else 1 end
                 where id = :id""").param("now", OffsetDateTime.ofInstant(now(), ZoneOffset.UTC)).param("id", id).update();
        return interrupted;
    }

    /**
     * Commits the outcome at once, apart from the job's own transaction: once the server has a mail, no later failure
     * of that transaction may lead to a second delivery.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void markDelivered(long id, NotificationStatus status) {
        jdbc.sql("""
                update notification set status = :status, attempts = attempts + 1, last_error = null, sent_at = :now,
                       attempt_started_at = null
                 where id = :id""")
                .param("status", status.name()).param("now", OffsetDateTime.ofInstant(now(), ZoneOffset.UTC)).param("id", id).update();
    }

    /** @param failure why the mail server did not take it; any address in it is masked, here and in the log */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void markFailed(long id, String failure) {
        String error = AddressMask.masked(failure);
        jdbc.sql("""
                update notification set attempts = attempts + 1, last_error = :error, attempt_started_at = null,
                       status = case when attempts + 1 >= :attempts then 'FAILED' else 'QUEUED' end
                 where id = :id and status in ('QUEUED', 'FAILED')""")
                .param("error", error.length() > 2000 ? error.substring(0, 2000) : error).param("attempts", settings.attempts())
                .param("id", id).update();
        LOG.warn("mail {} not delivered: {}", id, error);
    }

    /** The classes of a failure and of its causes, without their messages: {@code DataIntegrityViolationException < PSQLException}. */
    private static String causes(Throwable failure) {
        StringBuilder classes = new StringBuilder(failure.getClass().getSimpleName());
        Throwable cause = failure.getCause();
        for (int depth = 0; cause != null && depth < 10; depth++, cause = cause.getCause()) {
            classes.append(" < ").append(cause.getClass().getSimpleName());
        }
        return classes.toString();
    }

    /** {@code <3f2a…@dga.or.th>}: the same for every try of the same mail, so that a receiver sees one mail. */
    String messageId(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "<" + HexFormat.of().formatHex(hash, 0, 16) + "@" + settings.senderDomain() + ">";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    private static Notification map(ResultSet rs, int row) throws SQLException {
        OffsetDateTime sent = rs.getObject("sent_at", OffsetDateTime.class);
        return new Notification(rs.getLong("id"), rs.getString("notification_key"), rs.getString("kind"), rs.getString("recipient"),
                rs.getString("recipient_name"), rs.getString("locale"), rs.getString("subject"), rs.getString("body"), rs.getString("link"),
                rs.getString("calendar"), rs.getString("unsubscribe_link"), rs.getString("message_id"),
                NotificationStatus.valueOf(rs.getString("status")), rs.getInt("attempts"), rs.getString("last_error"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), sent == null ? null : sent.toInstant());
    }
}
