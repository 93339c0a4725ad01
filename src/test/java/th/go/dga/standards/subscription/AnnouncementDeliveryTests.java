package th.go.dga.standards.subscription;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import th.go.dga.standards.hearing.Hearing;
import th.go.dga.standards.notification.NotificationStatus;
import th.go.dga.standards.notification.Notifications;
import th.go.dga.standards.support.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An announcement as a mail server receives it, with the headers that let a mail program offer one-click
 * unsubscribe (RFC 2369, RFC 8058).
 */
class AnnouncementDeliveryTests extends ApiTestSupport {

    /**
     * A free port, known before the application starts: the application context is loaded before the extension would
     * start a server on a port of its own choosing.
     */
    private static final int PORT = freePort();

    @RegisterExtension
    static final GreenMailExtension MAIL_SERVER = new GreenMailExtension(ServerSetupTest.SMTP.port(PORT)).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "localhost");
        properties.add("spring.mail.port", () -> PORT);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Autowired Subscriptions subscriptions;
    @Autowired Notifications notifications;

    @Test
    void aSubscriberReceivesTheAnnouncementWithItsOneClickUnsubscribeHeaders() throws Exception {
        String email = "delivered@example.go.th";
        Subscription subscription = new SubscriberSteps(subscriptions, notifications).confirmed(email, "th");
        Hearing hearing = openHearing();

        runDueJobs();

        String key = "hearing-opened:" + hearing.id() + ":" + email;
        assertThat(notifications.byKey(key).orElseThrow().status()).isEqualTo(NotificationStatus.SENT);
        MimeMessage received = Arrays.stream(MAIL_SERVER.getReceivedMessagesForDomain("example.go.th"))
                .filter(m -> subject(m).startsWith("เปิดรับฟังความคิดเห็น:")).findFirst().orElseThrow();
        assertThat(received.getAllRecipients()[0].toString()).isEqualTo(email);
        assertThat(received.getHeader("List-Unsubscribe"))
                .containsExactly("<http://localhost:8080/subscriptions/unsubscribe?token=" + subscription.token() + ">");
        assertThat(received.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        assertThat(received.getContent().toString()).contains("เลิกรับข่าวสาร: http://localhost:8080/subscriptions/unsubscribe?token=");

        MimeMessage confirmation = Arrays.stream(MAIL_SERVER.getReceivedMessagesForDomain("example.go.th"))
                .filter(m -> subject(m).startsWith("โปรดยืนยัน")).findFirst().orElseThrow();
        assertThat(confirmation.getHeader("List-Unsubscribe")).as("the confirmation is no list mail").isNull();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
