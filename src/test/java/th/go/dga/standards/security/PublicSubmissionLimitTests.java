package th.go.dga.standards.security;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import th.go.dga.standards.hearing.CommentService;
import th.go.dga.standards.hearing.Hearing;
import th.go.dga.standards.hearing.MeetingRegistrations;
import th.go.dga.standards.support.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The comment form flooded, and the meeting registration: one address gets its share and then waits; others, and
 * logged-in staff, go on.
 */
@TestPropertySource(properties = {"standards.limits.comments=5", "standards.limits.registrations=3", "standards.limits.window=PT1M"})
class PublicSubmissionLimitTests extends ApiTestSupport {

    @Autowired
    CommentService comments;

    @Autowired
    MeetingRegistrations registrations;

    @Test
    void aFloodOfCommentsFromOneAddressIsHeldBackAndNothingOfItStored() throws Exception {
        Hearing hearing = openHearing();
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/api/hearings/{id}/comments", hearing.id()).with(from("198.51.100.7")).contentType(MediaType.APPLICATION_JSON)
                    .content(body(publicComment("ความเห็นที่ " + i)))).andExpect(status().isCreated());
        }
        // a bad request counts as much as a good one
        mvc.perform(post("/api/hearings/{id}/comments", hearing.id()).with(from("198.51.100.7")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(publicComment("ความเห็นที่เกินโควตา"))))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]*")))
                .andExpect(jsonPath("$.type").value("/problems/too-many-requests"));
        assertThat(comments.count(hearing.id())).isEqualTo(5);

        mvc.perform(post("/api/hearings/{id}/comments", hearing.id()).with(from("198.51.100.8")).contentType(MediaType.APPLICATION_JSON)
                .content(body(publicComment("จากอีกที่หนึ่ง")))).andExpect(status().isCreated());
        mvc.perform(post("/api/hearings/{id}/comments", hearing.id()).with(from("198.51.100.7")).with(httpBasic("somsri", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(body(publicComment("เจ้าหน้าที่บันทึกแทน")))).andExpect(status().isCreated());
        assertThat(comments.count(hearing.id())).isEqualTo(7);
    }

    @Test
    void registrationsFromOneAddressAreHeldBackPastTheirLimit() throws Exception {
        Hearing hearing = openHearing();
        for (int i = 0; i < 3; i++) {
            mvc.perform(post("/api/hearings/{id}/registrations", hearing.id()).with(from("198.51.100.9")).contentType(MediaType.APPLICATION_JSON)
                    .content(body(registration("attendee" + i + "@example.go.th")))).andExpect(status().isCreated());
        }
        mvc.perform(post("/api/hearings/{id}/registrations", hearing.id()).with(from("198.51.100.9")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(registration("attendee9@example.go.th"))))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"));
        assertThat(registrations.forHearing(hearing.id())).hasSize(3);
    }

    @Test
    void theSitesCommentFormFloodedAnswersWithAPageThatSaysHowLongToWait() throws Exception {
        Hearing hearing = openHearing();
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/hearings/{id}/comments", hearing.id()).with(from("198.51.100.10")).with(csrf())
                            .param("type", "GENERAL").param("comment", "ความเห็น " + i).param("name", "ผู้ส่ง").param("email", "sender@example.go.th")
                            .param("consent", "true").param("privacyNoticeVersion", "1.0"))
                    .andExpect(status().is3xxRedirection());
        }
        mvc.perform(post("/hearings/{id}/comments", hearing.id()).with(from("198.51.100.10")).with(csrf())
                        .param("type", "GENERAL").param("comment", "อีกครั้ง").param("name", "ผู้ส่ง").param("email", "sender@example.go.th")
                        .param("consent", "true").param("privacyNoticeVersion", "1.0"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("ส่งข้อมูลถี่เกินไป")));
        assertThat(comments.count(hearing.id())).isEqualTo(5);
    }

    private static Map<String, Object> registration(String email) {
        return Map.of("name", "ผู้เข้าร่วม", "organisation", "กรมตัวอย่าง", "email", email, "consent", true, "privacyNoticeVersion", "1.0");
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
