package th.go.dga.standards.privacy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;

import th.go.dga.standards.hearing.Hearing;
import th.go.dga.standards.support.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the public sends, and what users type as passwords, stays out of the logs: the whole way of a comment, a
 * registration, a refused comment, the mails they are sent, wrong passwords and an erasure is logged without them.
 */
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataLogTests extends ApiTestSupport {

    private static final String NAME = "ปรีดา ไม่ควรอยู่ในบันทึก";
    private static final String EMAIL = "preeda.secret@example.go.th";
    private static final String WRONG_PASSWORD = "a-password-typed-wrong";

    @Test
    void noNameAddressPasswordOrPasswordHashReachesTheLog(CapturedOutput output) throws Exception {
        Hearing hearing = openHearing();
        Map<String, Object> comment = publicComment("ข้อความความเห็น");
        comment.put("name", NAME);
        comment.put("email", EMAIL);
        mvc.perform(post("/api/hearings/{id}/comments", hearing.id()).contentType(MediaType.APPLICATION_JSON).content(body(comment)))
                .andExpect(status().isCreated());
        comment.put("consent", false);
        mvc.perform(post("/api/hearings/{id}/comments", hearing.id()).contentType(MediaType.APPLICATION_JSON).content(body(comment)))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(post("/api/hearings/{id}/registrations", hearing.id()).contentType(MediaType.APPLICATION_JSON).content(body(Map.of(
                "name", NAME, "email", EMAIL, "consent", true, "privacyNoticeVersion", "1.0")))).andExpect(status().isCreated());
        mvc.perform(post("/login").with(csrf()).param("username", "somsri").param("password", WRONG_PASSWORD));
        mvc.perform(get("/api/tasks").with(httpBasic("somsri", WRONG_PASSWORD))).andExpect(status().isUnauthorized());
        // the receipt and the registration's invitation are delivered; without a mail server they stay in the outbox
        runDueJobs();
        mvc.perform(post("/api/personal-data/erasure").with(as("somsri")).contentType(MediaType.APPLICATION_JSON).content(body(Map.of("email", EMAIL))))
                .andExpect(status().isOk());

        assertThat(output.getAll()).contains("Erased a person's data on request").contains("kept in the outbox")
                .doesNotContain(EMAIL).doesNotContain(NAME).doesNotContain(WRONG_PASSWORD).doesNotContain("{SHA");
    }
}
