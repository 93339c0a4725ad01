package th.go.dga.standards.notification;

import java.nio.charset.StandardCharsets;
import java.util.Date;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;
import th.go.dga.standards.process.NotificationDeliveryProcess;

/**
 * Delivers one queued mail, as the job executor's asynchronous step of the {@code notification-delivery} process.
 * A mail already delivered is not delivered again (a second node, a retried job): its outcome is committed as soon as
 * the mail server has answered, apart from the job. A failure is written to the log in a transaction of its own and thrown, so the job is retried on the configured cycle and, when the last try fails,
 * becomes an incident. Without a mail server ({@code spring.mail.host} unset) the mail stays in the log, which the
 * outbox page shows.
 */
@Component("deliverNotification")
public class NotificationDelivery implements JavaDelegate {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationDelivery.class);

    private final Notifications notifications;
    private final MailSettings settings;
    private final ObjectProvider<JavaMailSender> sender;

    NotificationDelivery(Notifications notifications, MailSettings settings, ObjectProvider<JavaMailSender> sender) {
        this.notifications = notifications;
        this.settings = settings;
        this.sender = sender;
    }

    /** The retry cycle of the delivery job, read by the model's {@code failedJobRetryTimeCycle}. */
    public String retryCycle() {
        return settings.retryCycle();
    }

    @Override
    public void execute(DelegateExecution execution) throws Exception {
        long id = ((Number) execution.getVariable(NotificationDeliveryProcess.Var.NOTIFICATION_ID)).longValue();
        Notification mail = notifications.find(id).orElseThrow(() -> new IllegalStateException("no notification " + id));
        if (mail.status() == NotificationStatus.SENT || mail.status() == NotificationStatus.RECORDED) {
            return;
        }
        JavaMailSender server = sender.getIfAvailable();
        if (server == null) {
            // the mail's id and kind tell an operator which one it is; its recipient, its subject and its key may
            // name a person
            LOG.info("no mail server: mail {} of kind {} kept in the outbox", id, mail.kind());
            notifications.markDelivered(id, NotificationStatus.RECORDED);
            return;
        }
        if (notifications.startAttempt(id)) {
            LOG.warn("mail {}: an earlier try stopped while handing it to the mail server; it may arrive twice, with the same Message-ID {}",
                    id, mail.messageId());
        }
        try {
            server.send(message(server, mail));
        } catch (Exception e) {
            String error = AddressMask.masked(e.getClass().getSimpleName() + ": " + e.getMessage());
            notifications.markFailed(id, error);
            // the engine logs the failed job and keeps its message in the incident: the answer without addresses, and
            // without the cause, whose message and stack trace name the recipient again
            throw new MailNotDelivered("mail " + id + " of kind " + mail.kind() + " not delivered: " + error);
        }
        notifications.markDelivered(id, NotificationStatus.SENT);
    }

    /** A delivery the mail server did not take, to be tried again. */
    static final class MailNotDelivered extends RuntimeException {

        MailNotDelivered(String message) {
            super(message);
        }
    }

    private MimeMessage message(JavaMailSender server, Notification mail) throws Exception {
        Session session = server instanceof JavaMailSenderImpl impl ? impl.getSession() : server.createMimeMessage().getSession();
        MimeMessage message = new FixedIdMessage(session, mail.messageId());
        message.setFrom(settings.sender());
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(mail.recipient(), mail.recipientName(), "UTF-8"));
        message.setSubject(mail.subject(), "UTF-8");
        message.setSentDate(Date.from(ClockUtil.getCurrentTime().toInstant()));
        message.setHeader("Content-Language", mail.locale());
        message.setHeader("Auto-Submitted", "auto-generated");
        if (mail.unsubscribe() != null) {
            message.setHeader("List-Unsubscribe", "<" + mail.unsubscribe() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        if (mail.calendar() == null) {
            message.setText(mail.body(), "UTF-8", "plain");
        } else {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.body(), "UTF-8", "plain");
            MimeBodyPart invitation = new MimeBodyPart();
            invitation.setDataHandler(new DataHandler(new ByteArrayDataSource(mail.calendar().getBytes(StandardCharsets.UTF_8),
                    "text/calendar; charset=UTF-8; method=" + method(mail.calendar()))));
            invitation.setFileName("invitation.ics");
            invitation.setHeader("Content-Type", "text/calendar; charset=UTF-8; method=" + method(mail.calendar()));
            MimeMultipart parts = new MimeMultipart("mixed");
            parts.addBodyPart(text);
            parts.addBodyPart(invitation);
            message.setContent(parts);
        }
        message.saveChanges();
        return message;
    }

    private static String method(String calendar) {
        return calendar.contains("METHOD:CANCEL") ? "CANCEL" : "REQUEST";
    }

    /** A message whose Message-ID is the one kept for it, not a new one at every try. */
    private static final class FixedIdMessage extends MimeMessage {

        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
