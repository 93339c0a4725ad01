package th.go.dga.standards.notification;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;

import th.go.dga.standards.support.ApiTestSupport;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The notification log: the secretariat's view of every mail and, without a mail server, the outbox.
 */
@SpringBootTest
class NotificationLogTests extends ApiTestSupport {

    @Autowired Notifications notifications;

    @Test
    void theSecretariatReadsTheLogAndEachMailAsItWasSent() throws Exception {
        notifications.queue(Mail.of("test:log", "TEST", new Recipient("reader@example.org", "ผู้อ่าน <b>ตัวหนา</b>", null), "task-waiting",
                Map.of("taskName", "ตรวจบันทึก <script>x</script>"), "https://example.org/t"));
        runDueJobs();
        Notification mail = notifications.byKey("test:log").orElseThrow();

        mvc.perform(get("/api/notifications").param("status", "RECORDED").param("kind", "TEST").with(as("somsri")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].subject").value("งานรอท่าน: ตรวจบันทึก <script>x</script>"))
                .andExpect(jsonPath("$[0].status").value("RECORDED"))
                .andExpect(jsonPath("$[0].body").doesNotExist());
        mvc.perform(get("/api/notifications/{id}", mail.id()).with(as("wichai")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.body").value(containsString("https://example.org/t")));

        mvc.perform(get("/notifications").with(as("somsri")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("ยังไม่ได้กำหนดเซิร์ฟเวอร์อีเมล"), containsString("reader@example.org"),
                        containsString("ตรวจบันทึก &lt;script&gt;"), not(containsString("<script>x")))));
        mvc.perform(get("/notifications/{id}", mail.id()).with(as("somsri")).locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("ผู้อ่าน &lt;b&gt;ตัวหนา&lt;/b&gt;"), containsString(mail.messageId()
                        .replace("<", "&lt;").replace(">", "&gt;")))));
    }

    @Test
    void onlyTheSecretariatReadsIt() throws Exception {
        mvc.perform(get("/api/notifications")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/notifications").with(as("anan"))).andExpect(status().isForbidden());
        mvc.perform(get("/notifications").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/notifications").with(as("prasert"))).andExpect(status().isForbidden());
    }

    @Test
    void refusesAFilterThatIsNotOneAndAMailThatIsNot() throws Exception {
        mvc.perform(get("/api/notifications").param("status", "LOST").with(as("somsri")))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(get("/api/notifications").param("limit", "0").with(as("somsri")))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].field").value("limit"));
        mvc.perform(get("/api/notifications/{id}", 999999).with(as("somsri"))).andExpect(status().isNotFound());
        mvc.perform(get("/notifications/{id}", 999999).with(as("somsri"))).andExpect(status().isNotFound());
    }
}
