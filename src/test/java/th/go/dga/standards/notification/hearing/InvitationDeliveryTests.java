package th.go.dga.standards.notification.hearing;

import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import th.go.dga.standards.hearing.Hearing;
import th.go.dga.standards.support.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A registration's invitation through a real SMTP server: a mail with the invitation as a calendar part. */
class InvitationDeliveryTests extends ApiTestSupport {

    private static final ServerSetup SMTP = new ServerSetup(freePort(), "localhost", ServerSetup.PROTOCOL_SMTP);

    @RegisterExtension
    static final GreenMailExtension MAIL_SERVER = new GreenMailExtension(SMTP).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "localhost");
        properties.add("spring.mail.port", SMTP::getPort);
    }

    @Test
    void theRegistrantReceivesTheInvitationAsACalendarRequest() throws Exception {
        Hearing hearing = openHearing();
        mvc.perform(post("/api/hearings/{id}/registrations", hearing.id()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("name", "สมหญิง ตัวอย่าง", "email", "invited@example.go.th", "consent", true,
                                "privacyNoticeVersion", "1.0"))))
                .andExpect(status().isCreated());
        assertThat(MAIL_SERVER.getReceivedMessages()).isEmpty();

        runDueJobs();

        assertThat(MAIL_SERVER.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage[] received = MAIL_SERVER.getReceivedMessagesForDomain("example.go.th");
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(mail.getSubject()).startsWith("ลงทะเบียนเข้าร่วมงานประชุมรับฟังความคิดเห็นแล้ว");
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
        BodyPart invitation = parts.getBodyPart(1);
        assertThat(invitation.getContentType()).startsWith("text/calendar").contains("method=REQUEST");
        assertThat(invitation.getFileName()).isEqualTo("invitation.ics");
        String ics = new String(invitation.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
        VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
        assertThat(event.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo("hearing-" + hearing.id() + "@dga.or.th");
        assertThat(event.getProperty(Property.ATTENDEE).orElseThrow().getValue()).isEqualTo("mailto:invited@example.go.th");
        assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue()).startsWith("งานประชุมรับฟังความคิดเห็น (ร่าง) มสพร.");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
