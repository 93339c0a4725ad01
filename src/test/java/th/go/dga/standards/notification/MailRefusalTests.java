package th.go.dga.standards.notification;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import th.go.dga.standards.process.NotificationDeliveryProcess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * A mail server refusing a recipient answers with the recipient's address. The answer is kept with the mail and thrown
 * to the engine, which logs the failed job and keeps its message in the incident: without the address, either way.
 */
class MailRefusalTests {

    private static final String ADDRESS = "preeda.secret@example.go.th";

    @Test
    void theMailServersAnswerIsKeptAndThrownWithoutTheRecipientsAddress() throws Exception {
        Notifications notifications = mock(Notifications.class);
        when(notifications.find(7L)).thenReturn(Optional.of(new Notification(7L, "hearing-opened:3:" + ADDRESS, "ANNOUNCEMENT", ADDRESS,
                "ปรีดา ไม่ควรอยู่ในบันทึก", "th", "เปิดรับฟังความคิดเห็น", "เนื้อความ", null, null, null, "<id@dga.or.th>",
                NotificationStatus.QUEUED, 0, null, Instant.now(), null)));
        @SuppressWarnings("unchecked")
        ObjectProvider<JavaMailSender> sender = mock(ObjectProvider.class);
        when(sender.getIfAvailable()).thenReturn(new RefusingServer());
        DelegateExecution execution = mock(DelegateExecution.class);
        when(execution.getVariable(NotificationDeliveryProcess.Var.NOTIFICATION_ID)).thenReturn(7L);
        NotificationDelivery delivery = new NotificationDelivery(notifications,
                new MailSettings("ระบบงานมาตรฐาน <standards@dga.or.th>", URI.create("http://localhost:8080"), "R5/PT5M", "-"), sender);

        Throwable failure = catchThrowable(() -> delivery.execute(execution));

        assertThat(failure).isInstanceOf(NotificationDelivery.MailNotDelivered.class).hasNoCause()
                .hasMessageContaining("550 5.1.1").hasMessageNotContaining(ADDRESS).hasMessageNotContaining("@");
        ArgumentCaptor<String> kept = ArgumentCaptor.forClass(String.class);
        verify(notifications).markFailed(eq(7L), kept.capture());
        assertThat(kept.getValue()).contains("Recipient address rejected").doesNotContain(ADDRESS);
    }

    @Test
    void masksEveryAddressInAnAnswerAndLeavesTheRestAsItWas() {
        assertThat(AddressMask.masked("550 5.1.1 <" + ADDRESS + ">: rejected; also สมชาย@ตัวอย่าง.ไทย, a.b+c@x.org"))
                .isEqualTo("550 5.1.1 <(address)>: rejected; also (address), (address)");
        assertThat(AddressMask.masked("MailConnectException: Couldn't connect to host, port: localhost, 2525"))
                .isEqualTo("MailConnectException: Couldn't connect to host, port: localhost, 2525");
    }

    /** A mail server that refuses every recipient, as a server answers an address it does not know. */
    private static final class RefusingServer extends JavaMailSenderImpl {

        @Override
        public void send(MimeMessage message) {
            throw new MailSendException("Failed messages: jakarta.mail.SendFailedException: Invalid Addresses;\n  nested exception is:\n"
                    + "\torg.eclipse.angus.mail.smtp.SMTPAddressFailedException: 550 5.1.1 <" + ADDRESS + ">: Recipient address rejected");
        }
    }
}
