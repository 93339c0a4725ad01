package th.go.dga.standards.hearing;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import th.go.dga.standards.support.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class HearingsApiTests extends ApiTestSupport {

    @Autowired CommentService comments;

    @Test
    void listsOpenUpcomingAndClosedHearingsWithoutLogin() throws Exception {
        Hearing open = openHearing();
        Hearing upcoming = scheduledHearing();

        mvc.perform(get("/api/hearings").param("state", "open"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem((int) open.id())))
                .andExpect(jsonPath("$[?(@.id == %d)].status".formatted(open.id())).value(hasItem("OPEN")));
        mvc.perform(get("/api/hearings").param("state", "upcoming"))
                .andExpect(jsonPath("$[*].id", hasItem((int) upcoming.id())));
        mvc.perform(get("/api/hearings").param("state", "sometime"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("state"));
    }

    @Test
    void showsAHearingWithEveryDateFromTheStoredScheduleInBangkokTime() throws Exception {
        Hearing hearing = openHearing();

        mvc.perform(get("/api/hearings/{id}", hearing.id()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.commentPeriodStart").value("2026-11-26"))
                .andExpect(jsonPath("$.commentPeriodEnd").value("2026-12-31"))
                .andExpect(jsonPath("$.commentsCloseAt").value("2027-01-01T00:00:00+07:00"))
                .andExpect(jsonPath("$.meeting.start").value("2026-12-10T13:30:00+07:00"))
                .andExpect(jsonPath("$.meeting.link").value("https://teams.example.org/hearing"))
                .andExpect(jsonPath("$.standardCode", containsString("มสพร.")))
                .andExpect(jsonPath("$.faq").doesNotExist())
                .andExpect(jsonPath("$.privacyNoticeVersion").value("1.0"));
    }

    @Test
    void answersAnUnknownHearingWith404() throws Exception {
        mvc.perform(get("/api/hearings/{id}", 999999))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.type").value("/problems/not-found"))
                .andExpect(jsonPath("$.title").value("ไม่พบข้อมูล"));
        mvc.perform(get("/api/hearings/{id}", "seven")).andExpect(status().isBadRequest());
    }

    @Test
    void takesACommentAndGivesItsReferenceNumber() throws Exception {
        Hearing hearing = openHearing();

        MvcResult result = mvc.perform(post("/api/hearings/{id}/comments", hearing.id()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(publicComment("ข้อ 5.2 ควรระบุระดับความเชื่อมั่น"))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.referenceNo").value(org.hamcrest.Matchers.matchesPattern("C2569-\\d{6}")))
                .andExpect(jsonPath("$.receivedAt").value("2026-11-26T09:00:00+07:00"))
                .andExpect(header().string("Idempotent-Replayed", "false"))
                .andReturn();

        String reference = json.readTree(result.getResponse().getContentAsString()).get("referenceNo").asText();
        Comment stored = comments.forHearing(hearing.id()).get(0);
        assertThat(stored.referenceNo()).isEqualTo(reference);
        assertThat(stored.commentText()).isEqualTo("ข้อ 5.2 ควรระบุระดับความเชื่อมั่น");
        assertThat(stored.clause()).isEqualTo("5.2");
        assertThat(stored.type()).isEqualTo(CommentType.TECHNICAL);
        assertThat(stored.email()).isEqualTo("somying@example.go.th");
        assertThat(stored.consentVersion()).isEqualTo("1.0");
        assertThat(stored.publishName()).isFalse();
    }

    @Test
    void refusesACommentWithoutWhatItMustHoldAndStoresNothing() throws Exception {
        Hearing hearing = openHearing();
        Map<String, Object> bad = publicComment(" ");
        bad.remove("name");
        bad.put("email", "not-an-address");
        bad.put("consent", false);

        mvc.perform(post("/api/hearings/{id}/comments", hearing.id()).contentType(MediaType.APPLICATION_JSON).content(body(bad)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.type").value("/problems/invalid-input"))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("comment", "name", "email", "consent")));

        Map<String, Object> oldNotice = publicComment("ok");
        oldNotice.put("privacyNoticeVersion", "0.9");
        mvc.perform(post("/api/hearings/{id}/comments", hearing.id()).contentType(MediaType.APPLICATION_JSON).content(body(oldNotice)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("privacyNoticeVersion"));

        Map<String, Object> unknownType = publicComment("ok");
        unknownType.put("type", "ANGRY");
        mvc.perform(post("/api/hearings/{id}/comments", hearing.id()).contentType(MediaType.APPLICATION_JSON).content(body(unknownType)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("type"));

        assertThat(comments.count(hearing.id())).isZero();
    }

    @Test
    void refusesARequestThatIsNotJsonOrHasWrongTypes() throws Exception {
        Hearing hearing = openHearing();

        mvc.perform(post("/api/hearings/{id}/comments", hearing.id()).contentType(MediaType.APPLICATION_JSON).content("{\"comment\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/malformed-request"));
        mvc.perform(post("/api/hearings/{id}/comments", hearing.id()).contentType(MediaType.APPLICATION_JSON).content("{\"consent\": [1, 2]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("consent"));
        mvc.perform(post("/api/hearings/{id}/comments", hearing.id()).contentType(MediaType.TEXT_PLAIN).content("hello"))
                .andExpect(status().isUnsupportedMediaType());
        assertThat(comments.count(hearing.id())).isZero();
    }

    @Test
    void refusesACommentBeforeTheOpeningAndAfterTheClosingWithTheMoments() throws Exception {
        Hearing upcoming = scheduledHearing();
        mvc.perform(post("/api/hearings/{id}/comments", upcoming.id()).contentType(MediaType.APPLICATION_JSON).content(body(publicComment("เร็วไป"))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.opensAt").value("2026-11-26T00:00:00+07:00"));

        Hearing hearing = openHearing();
        moveClockTo(OffsetDateTime.parse("2027-01-01T00:00+07:00").toInstant());

        mvc.perform(post("/api/hearings/{id}/comments", hearing.id()).contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en").content(body(publicComment("สายไป"))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("/problems/state-conflict"))
                .andExpect(jsonPath("$.title").value("Not possible in the current state"))
                .andExpect(jsonPath("$.closedAt").value("2027-01-01T00:00:00+07:00"))
                .andExpect(jsonPath("$.commentPeriodEnd").value("2026-12-31"));
        assertThat(comments.count(hearing.id())).isZero();
    }

    @Test
    void aResubmissionWithTheSameIdempotencyKeyReturnsTheFirstComment() throws Exception {
        Hearing hearing = openHearing();
        String first = submitWithKey(hearing, "key-1", publicComment("ครั้งเดียว"), 201, "false");
        String again = submitWithKey(hearing, "key-1", publicComment("ครั้งเดียว"), 201, "true");

        assertThat(again).isEqualTo(first);
        assertThat(comments.count(hearing.id())).isEqualTo(1);

        mvc.perform(post("/api/hearings/{id}/comments", hearing.id()).header("Idempotency-Key", "key-1")
                        .contentType(MediaType.APPLICATION_JSON).content(body(publicComment("ข้อความอื่น"))))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
        mvc.perform(post("/api/hearings/{id}/comments", hearing.id()).header("Idempotency-Key", "มีภาษาไทย")
                        .contentType(MediaType.APPLICATION_JSON).content(body(publicComment("x"))))
                .andExpect(status().isUnprocessableEntity());
        assertThat(comments.count(hearing.id())).isEqualTo(1);
    }

    @Test
    void theSameIdempotencyKeySentConcurrentlyStoresExactlyOneComment() throws Exception {
        Hearing hearing = openHearing();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> sends = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                sends.add(() -> json.readTree(mvc.perform(post("/api/hearings/{id}/comments", hearing.id())
                                .header("Idempotency-Key", "concurrent-key").contentType(MediaType.APPLICATION_JSON)
                                .content(body(publicComment("พร้อมกัน"))))
                        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("referenceNo").asText());
            }
            List<String> references = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(sends)) {
                references.add(f.get());
            }
            assertThat(references).hasSize(16).containsOnly(references.get(0));
        } finally {
            pool.shutdownNow();
        }
        assertThat(comments.count(hearing.id())).isEqualTo(1);
    }

    @Test
    void registersForTheMeetingOncePerEmailAddress() throws Exception {
        Hearing hearing = openHearing();
        Map<String, Object> registration = new HashMap<>(Map.of("name", "สมหญิง ตัวอย่าง", "organisation", "กรมการปกครอง",
                "email", "Somying@Example.go.th", "consent", true, "privacyNoticeVersion", "1.0"));

        mvc.perform(post("/api/hearings/{id}/registrations", hearing.id()).contentType(MediaType.APPLICATION_JSON).content(body(registration)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.email").value("somying@example.go.th"));
        registration.put("email", "somying@example.go.th ");
        mvc.perform(post("/api/hearings/{id}/registrations", hearing.id()).contentType(MediaType.APPLICATION_JSON).content(body(registration)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("สมหญิง ตัวอย่าง"));

        registration.put("email", "@@");
        mvc.perform(post("/api/hearings/{id}/registrations", hearing.id()).contentType(MediaType.APPLICATION_JSON).content(body(registration)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("email"));

        moveClockTo(OffsetDateTime.parse("2026-12-10T15:30+07:00").toInstant());
        registration.put("email", "late@example.go.th");
        mvc.perform(post("/api/hearings/{id}/registrations", hearing.id()).contentType(MediaType.APPLICATION_JSON).content(body(registration)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.meetingEnd").value("2026-12-10T15:30:00+07:00"));
    }

    @Test
    void aCancelledHearingIsNotShown() throws Exception {
        Hearing hearing = openHearing();
        hearings.cancelUnfinished(hearing.standardId());

        mvc.perform(get("/api/hearings/{id}", hearing.id())).andExpect(status().isNotFound());
        mvc.perform(get("/api/hearings")).andExpect(jsonPath("$[?(@.id == %d)]".formatted(hearing.id()), hasSize(0)));
    }

    @Test
    void showsTheFaqOnceThePeriodHasClosed() throws Exception {
        Hearing hearing = openHearing();
        hearings.recordFaq(hearing.id(), "ถาม: ใช้กับใคร ตอบ: หน่วยงานของรัฐ");
        mvc.perform(get("/api/hearings/{id}", hearing.id())).andExpect(jsonPath("$.faq").doesNotExist());

        hearings.close(hearing.id());
        mvc.perform(get("/api/hearings/{id}", hearing.id())).andExpect(jsonPath("$.faq").value("ถาม: ใช้กับใคร ตอบ: หน่วยงานของรัฐ"));
    }

    private String submitWithKey(Hearing hearing, String key, Map<String, Object> comment, int status, String replayed) throws Exception {
        return json.readTree(mvc.perform(post("/api/hearings/{id}/comments", hearing.id()).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(body(comment)))
                .andExpect(status().is(status))
                .andExpect(header().string("Idempotent-Replayed", replayed))
                .andReturn().getResponse().getContentAsString()).get("referenceNo").asText();
    }
}
