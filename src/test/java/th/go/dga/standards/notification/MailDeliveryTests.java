package th.go.dga.standards.notification;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import th.go.dga.standards.process.NotificationDeliveryProcess;
import th.go.dga.standards.registry.StandardKind;
import th.go.dga.standards.registry.StandardStatus;
import th.go.dga.standards.support.ApplicationTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mail through a real SMTP server (GreenMail, in process) that can be stopped: work never waits for the mail server,
 * a delivery is retried until the server is back, the last failure is an incident, and nothing arrives twice.
 */
@SpringBootTest(properties = {"spring.mail.host=localhost", "standards.mail.retry-cycle=R3/PT5M"})
class MailDeliveryTests extends ApplicationTestSupport {

    static final int PORT = freePort();

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(PORT, "localhost", ServerSetup.PROTOCOL_SMTP));

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> PORT);
    }

    @Autowired Notifications notifications;
    @Autowired JdbcTemplate jdbc;

    @Test
    void withTheMailServerDownTheApprovalStandsAndEachMailArrivesOnceWhenItIsBack() throws Exception {
        String id = steps().register(StandardKind.MSPR, nextNumber(), null);
        steps().draft(id, "1.0");
        runDueJobs();
        assertThat(received("chaiwat", "malee", "suda")).as("the technical working group's votes").containsOnly(1);

        smtp.stop();
        steps().approve(id, "chaiwat", "malee");
        assertThat(registry.get(id).status()).as("the approval stands").isEqualTo(StandardStatus.COMMITTEE_REVIEW);
        List<String> committee = List.of("prasert", "wanida", "somchai", "ratana", "pongsakorn");
        assertThat(tryDeliveries()).as("deliveries failed").isEqualTo(committee.size());
        Notification waiting = notifications.byKey("task:" + steps().voteOf(id, "prasert").getId() + ":prasert").orElseThrow();
        assertThat(waiting.status()).isEqualTo(NotificationStatus.QUEUED);
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.lastError()).isNotBlank();

        smtp.start();
        moveClockTo(now().plus(Duration.ofMinutes(6)));
        runDueJobs();
        moveClockTo(now().plus(Duration.ofHours(2)));
        runDueJobs();
        assertThat(received(committee.toArray(String[]::new))).as("one vote notice each").containsOnly(1);
        // (a restarted server has forgotten what it received before it stopped)
        assertThat(received("chaiwat", "malee", "suda")).as("nothing sent again").containsOnly(0);
        assertThat(notifications.byKey(waiting.key()).orElseThrow().status()).isEqualTo(NotificationStatus.SENT);
    }

    @Test
    void theLastFailedTryIsAnIncidentAndARetryFromCockpitSendsIt() throws Exception {
        smtp.stop();
        notifications.queue(Mail.of("test:incident", "TEST", new Recipient("someone@example.org", "ผู้รับ", null), "task-waiting",
                Map.of("taskName", "ทดสอบ"), "https://example.org"));
        for (int attempt = 0; attempt < 3; attempt++) {
            tryDeliveries();
            moveClockTo(now().plus(Duration.ofMinutes(6)));
        }
        Notification failed = notifications.byKey("test:incident").orElseThrow();
        assertThat(failed.status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(3);
        String delivery = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("test:incident").singleResult().getId();
        Incident incident = runtimeService.createIncidentQuery().processInstanceId(delivery).singleResult();
        assertThat(incident).isNotNull();

        smtp.start();
        managementService.setJobRetries(incident.getConfiguration(), 1);
        runDueJobs();
        assertThat(notifications.byKey("test:incident").orElseThrow().status()).isEqualTo(NotificationStatus.SENT);
        assertThat(smtp.getReceivedMessagesForDomain("someone@example.org")).hasSize(1);
    }

    @Test
    void theSameNoticeIsQueuedOnceAndDeliveredOnceWithAFixedMessageId() throws Exception {
        Mail mail = Mail.of("test:once", "TEST", new Recipient("once@example.org", "Once", Locale.ENGLISH), "task-waiting",
                Map.of("taskName", "Check"), "https://example.org");
        assertThat(notifications.queue(mail)).isTrue();
        assertThat(notifications.queue(mail)).isFalse();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("test:once").count()).isEqualTo(1);
        runDueJobs();
        // a delivery asked for again, as by a job that ran on two nodes, finds the mail sent
        Notification sent = notifications.byKey("test:once").orElseThrow();
        runtimeService.startProcessInstanceByKey(NotificationDeliveryProcess.KEY, "test:once", Map.of(NotificationDeliveryProcess.Var.NOTIFICATION_ID, sent.id()));
        runDueJobs();

        MimeMessage[] messages = smtp.getReceivedMessagesForDomain("once@example.org");
        assertThat(messages).hasSize(1);
        assertThat(messages[0].getMessageID()).isEqualTo(sent.messageId()).isEqualTo(notifications.messageId("test:once"));
        assertThat(messages[0].getSubject()).isEqualTo("A task is waiting for you: Check");
        assertThat(messages[0].getHeader("From")[0]).as("the Thai name encoded").startsWith("=?UTF-8?");
        assertThat(((InternetAddress) messages[0].getFrom()[0]).getPersonal()).isEqualTo("ระบบงานมาตรฐานรัฐบาลดิจิทัล");
        assertThat(GreenMailUtil.getBody(messages[0])).contains("Dear Once").contains("https://example.org");
    }

    @Test
    void aTryInterruptedByAStoppedNodeIsCountedAndTheMailDelivered() throws Exception {
        Mail mail = Mail.of("test:interrupted", "TEST", new Recipient("interrupted@example.org", "Once", Locale.ENGLISH), "task-waiting",
                Map.of("taskName", "Check"), "https://example.org");
        notifications.queue(mail);
        long id = notifications.byKey("test:interrupted").orElseThrow().id();
        // a node took the delivery and stopped while handing it over: its try started and never ended
        jdbc.update("update notification set attempt_started_at = current_timestamp where id = ?", id);
        runDueJobs();

        assertThat(smtp.getReceivedMessagesForDomain("interrupted@example.org")).hasSize(1);
        Map<String, Object> row = jdbc.queryForMap("select status, interrupted_attempts, attempt_started_at from notification where id = ?", id);
        assertThat(row.get("status")).isEqualTo("SENT");
        assertThat(((Number) row.get("interrupted_attempts")).intValue()).isEqualTo(1);
        assertThat(row.get("attempt_started_at")).as("the try that delivered it has ended").isNull();
    }

    /** How many mails each of these users received. */
    private List<Integer> received(String... userIds) {
        return Arrays.stream(userIds)
                .map(user -> (int) Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipient(m).startsWith(user + "@")).count())
                .toList();
    }

    private static String recipient(MimeMessage message) {
        try {
            return ((InternetAddress) message.getAllRecipients()[0]).getAddress();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs the due delivery jobs as the job executor would, counting those that failed. */
    private int tryDeliveries() {
        int failed = 0;
        for (Job job : managementService.createJobQuery().executable().list()) {
            try {
                managementService.executeJob(job.getId());
            } catch (RuntimeException e) {
                failed++;
            }
        }
        return failed;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
