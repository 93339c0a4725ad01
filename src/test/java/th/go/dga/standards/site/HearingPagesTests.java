package th.go.dga.standards.site;

import java.time.OffsetDateTime;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

import th.go.dga.standards.hearing.CommentService;
import th.go.dga.standards.hearing.CommentType;
import th.go.dga.standards.hearing.Disposition;
import th.go.dga.standards.hearing.Hearing;
import th.go.dga.standards.hearing.MeetingRegistrations;
import th.go.dga.standards.hearing.NewComment;
import th.go.dga.standards.support.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A hearing's pages as the public uses them: read it, comment, register, read the summary; in Thai and in English.
 */
class HearingPagesTests extends ApiTestSupport {

    @Autowired CommentService comments;
    @Autowired MeetingRegistrations registrations;

    @Test
    void theHearingPageShowsTheStoredScheduleInTheBuddhistEraAndTheSecretariatsTextAsText() throws Exception {
        Hearing hearing = hearings.open(hearings.schedule(registeredProject(th.go.dga.standards.registry.StandardKind.MSPR).id(),
                new th.go.dga.standards.hearing.HearingWindow(java.time.LocalDate.of(2026, 11, 26), java.time.LocalDate.of(2026, 12, 31),
                        OffsetDateTime.parse("2026-12-10T13:30+07:00").toInstant(), OffsetDateTime.parse("2026-12-10T15:30+07:00").toInstant()),
                "https://teams.example.org/hearing", "https://forms.example.org/register",
                "ดูรายละเอียดที่ https://www.dga.or.th/standards\n\nย่อหน้าที่สอง <script>alert(1)</script>").id());

        mvc.perform(get("/hearings/{id}", hearing.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"th\">")))
                .andExpect(content().string(containsString("วันพฤหัสบดีที่ 26 พฤศจิกายน 2569")))
                .andExpect(content().string(containsString("วันพฤหัสบดีที่ 10 ธันวาคม 2569 เวลา 13:30–15:30 น.")))
                .andExpect(content().string(containsString("ขอเชิญร่วมแสดงความคิดเห็นภายใน 31 ธันวาคม 2569")))
                .andExpect(content().string(containsString("<a href=\"https://www.dga.or.th/standards\" rel=\"noopener noreferrer\">")))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))));

        mvc.perform(get("/hearings/{id}", hearing.id()).param("lang", "en"))
                .andExpect(content().string(containsString("<html lang=\"en\">")))
                .andExpect(content().string(containsString("Thursday 10 December 2026, 13:30–15:30")))
                .andExpect(content().string(containsString("Comments are welcome until 31 December 2026")));
    }

    @Test
    void aCommentWithMistakesComesBackWithTheMessagesAndTheTextKeptAndNothingStored() throws Exception {
        Hearing hearing = openHearing();
        String form = mvc.perform(get("/hearings/{id}/comments/new", hearing.id()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("name=\"submissionKey\"").contains("name=\"_csrf\"");

        mvc.perform(post("/hearings/{id}/comments", hearing.id()).with(csrf())
                        .param("comment", "ข้อ 5 ควรมีตัวอย่าง <b>ตัวหนา</b>").param("name", "").param("email", "ไม่ใช่อีเมล")
                        .param("submissionKey", "k-1").param("privacyNoticeVersion", "1.0"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(
                        containsString("id=\"type-error\""), containsString("id=\"name-error\""), containsString("id=\"email-error\""),
                        containsString("id=\"consent-error\""), containsString("aria-invalid=\"true\""),
                        containsString("ข้อ 5 ควรมีตัวอย่าง &lt;b&gt;ตัวหนา&lt;/b&gt;"), containsString("value=\"ไม่ใช่อีเมล\""),
                        containsString("ต้องกรอก «ชื่อ»"))));
        assertThat(comments.count(hearing.id())).isZero();
    }

    @Test
    void aCommentIsReceivedOnceWithItsReferenceEvenWhenTheFormIsSentTwice() throws Exception {
        Hearing hearing = openHearing();
        MvcResult sent = mvc.perform(post("/hearings/{id}/comments", hearing.id()).with(csrf()).params(comment("key-twice")))
                .andExpect(redirectedUrl("/hearings/" + hearing.id() + "/comments/received"))
                .andExpect(flash().attributeExists("reference"))
                .andReturn();
        String reference = (String) sent.getFlashMap().get("reference");
        Cookie session = sent.getResponse().getCookie("SESSION");
        assertThat(session).as("the reference waits for the next page in a session").isNotNull();
        MvcResult again = mvc.perform(post("/hearings/{id}/comments", hearing.id()).with(csrf()).params(comment("key-twice")))
                .andExpect(flash().attribute("reference", reference))
                .andReturn();
        assertThat(comments.count(hearing.id())).isEqualTo(1);

        // the page after the redirect, with the session cookie as a browser sends it: the reference comes from the stored session
        mvc.perform(get("/hearings/{id}/comments/received", hearing.id()).cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(reference)))
                .andExpect(content().string(containsString("26 พฤศจิกายน 2569 เวลา 09:00 น.")));
        mvc.perform(get("/hearings/{id}/comments/received", hearing.id()).cookie(session)).andExpect(redirectedUrl("/hearings/" + hearing.id()));
        mvc.perform(get("/hearings/{id}/comments/received", hearing.id()).cookie(again.getResponse().getCookie("SESSION")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(reference)));
        mvc.perform(get("/hearings/{id}/comments/received", hearing.id())).andExpect(redirectedUrl("/hearings/" + hearing.id()));
    }

    @Test
    void theFormClosesByItselfAtTheEndOfThePeriodAndSaysWhen() throws Exception {
        Hearing hearing = openHearing();
        moveClockTo(hearing.window().closesAt());

        mvc.perform(get("/hearings/{id}/comments/new", hearing.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ระยะเวลารับฟังความคิดเห็นสิ้นสุดเมื่อสิ้นวันที่ 31 ธันวาคม 2569")))
                .andExpect(content().string(not(containsString("name=\"submissionKey\""))));
        mvc.perform(post("/hearings/{id}/comments", hearing.id()).with(csrf()).params(comment("late")))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("สิ้นสุดเมื่อสิ้นวันที่ 31 ธันวาคม 2569")));
        assertThat(comments.count(hearing.id())).isZero();
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
        Hearing hearing = openHearing();
        mvc.perform(post("/hearings/{id}/comments", hearing.id()).params(comment("no-token"))).andExpect(status().isForbidden());
        assertThat(comments.count(hearing.id())).isZero();
    }

    @Test
    void registersForTheMeetingOnceAndSaysSoTheSecondTime() throws Exception {
        Hearing hearing = openHearing();
        mvc.perform(post("/hearings/{id}/registration", hearing.id()).with(csrf()).param("name", "").param("email", "x"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"name-error\""), containsString("id=\"consent-error\""))));
        mvc.perform(post("/hearings/{id}/registration", hearing.id()).with(csrf()).cookie(new Cookie("lang", "en")).param("name", "").param("email", "x"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("&quot;Full name&quot; is required"), containsString("&quot;E-mail&quot;"))));
        for (boolean before : new boolean[] {false, true}) {
            Cookie session = mvc.perform(post("/hearings/{id}/registration", hearing.id()).with(csrf()).param("name", "ผู้เข้าร่วม")
                            .param("organisation", "กรมตัวอย่าง").param("email", "attendee@example.go.th").param("consent", "true")
                            .param("privacyNoticeVersion", "1.0"))
                    .andExpect(redirectedUrl("/hearings/" + hearing.id() + "/registration/done"))
                    .andExpect(flash().attribute("registeredBefore", before))
                    .andReturn().getResponse().getCookie("SESSION");
            mvc.perform(get("/hearings/{id}/registration/done", hearing.id()).cookie(session))
                    .andExpect(status().isOk())
                    .andExpect(content().string(before ? containsString("ท่านได้ลงทะเบียนด้วยอีเมลนี้ไว้แล้ว") : not(containsString("ท่านได้ลงทะเบียนด้วยอีเมลนี้ไว้แล้ว"))));
        }
        assertThat(registrations.forHearing(hearing.id())).hasSize(1);

        moveClockTo(hearing.window().meetingEnd());
        mvc.perform(get("/hearings/{id}/registration", hearing.id()))
                .andExpect(content().string(containsString("ปิดรับลงทะเบียนแล้ว")));
    }

    @Test
    void theSummaryShowsEveryCommentWithItsAnswerAndANameOnlyWhereItsAuthorAgreed() throws Exception {
        Hearing hearing = openHearing();
        long named = comments.submit(hearing.id(), new NewComment("ร่าง", "5.1", CommentType.TECHNICAL, "ควรเพิ่ม IAL3", null,
                "ประภา ยินดีเปิดเผย", "กรมการปกครอง", "prapa@example.go.th", "1.0", true)).id();
        comments.submit(hearing.id(), new NewComment("ร่าง", "2", CommentType.EDITORIAL, "=HYPERLINK(\"http://evil.example\") <img src=x>", null,
                "สมปอง ไม่เปิดเผย", "สำนักงานตัวอย่าง", "sompong@example.go.th", "1.0", false));
        mvc.perform(get("/hearings/{id}/summary", hearing.id())).andExpect(status().isNotFound());

        hearings.close(hearing.id());
        comments.respond(named, Disposition.PARTLY_ACCEPTED, "เพิ่มในภาคผนวก ดู https://www.dga.or.th/faq");
        // drafted answers are the working group's until the revision publishes them
        mvc.perform(get("/hearings/{id}/summary", hearing.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString("รับบางส่วน")), not(containsString("เพิ่มในภาคผนวก")))));
        hearings.publishSummary(hearing.id());
        mvc.perform(get("/hearings/{id}/summary", hearing.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("ประภา ยินดีเปิดเผย"), containsString("กรมการปกครอง"),
                        not(containsString("สมปอง")), containsString("สำนักงานตัวอย่าง"), containsString("ไม่ประสงค์ออกนาม"),
                        containsString("รับบางส่วน"), containsString("อยู่ระหว่างพิจารณา"), containsString("&lt;img src=x&gt;"),
                        not(containsString("<img src=x>")), not(containsString("prapa@example.go.th")))));
    }

    @Test
    void aCancelledOrUnknownHearingIsNotFound() throws Exception {
        mvc.perform(get("/hearings/{id}", 999999)).andExpect(status().isNotFound()).andExpect(content().string(containsString("ไม่พบหน้าที่ต้องการ")));
        mvc.perform(get("/hearings/{id}", "abc")).andExpect(status().isNotFound());
    }

    private static org.springframework.util.MultiValueMap<String, String> comment(String key) {
        org.springframework.util.LinkedMultiValueMap<String, String> form = new org.springframework.util.LinkedMultiValueMap<>();
        form.add("document", "ร่างมาตรฐาน");
        form.add("clause", "5.2");
        form.add("type", "TECHNICAL");
        form.add("comment", "ควรระบุระดับความเชื่อมั่น");
        form.add("name", "สมหญิง ตัวอย่าง");
        form.add("email", "somying@example.go.th");
        form.add("consent", "true");
        form.add("privacyNoticeVersion", "1.0");
        form.add("submissionKey", key);
        return form;
    }
}
