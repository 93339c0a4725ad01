package th.go.dga.standards.notification.hearing;

import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import th.go.dga.standards.hearing.Hearing;
import th.go.dga.standards.hearing.HearingStatus;
import th.go.dga.standards.hearing.MeetingMoves;
import th.go.dga.standards.hearing.MeetingRegistrations;
import th.go.dga.standards.hearing.Registration;
import th.go.dga.standards.notification.Notification;
import th.go.dga.standards.notification.Notifications;
import th.go.dga.standards.process.PublicHearingProcess;
import th.go.dga.standards.support.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class HearingMailsTests extends ApiTestSupport {

    private static final Instant MEETING_START = OffsetDateTime.parse("2026-12-10T13:30+07:00").toInstant();

    @Autowired Notifications notifications;
    @Autowired MeetingRegistrations registrations;
    @Autowired MeetingReminders reminders;
    @Autowired MeetingMoves moves;

    @Test
    void aCommentIsAcknowledgedInThaiWithItsReferenceTheDraftTheBuddhistEraDateAndTheText() throws Exception {
        Hearing hearing = openHearing();

        String reference = comment(hearing, null, null, "ข้อ 5.2 <b>ควร</b> ระบุระดับความเชื่อมั่น");

        Notification mail = notifications.byKey("comment-received:" + reference).orElseThrow();
        assertThat(mail.kind()).isEqualTo(HearingMails.COMMENT_RECEIVED);
        assertThat(mail.recipient()).isEqualTo("somying@example.go.th");
        assertThat(mail.locale()).isEqualTo("th");
        assertThat(mail.subject()).contains("ได้รับข้อคิดเห็นแล้ว", reference, "(ร่าง) มสพร.");
        assertThat(mail.body())
                .contains("เรียน คุณสมหญิง ตัวอย่าง")
                .contains("เลขที่อ้างอิง: " + reference)
                .contains("ร่างมาตรฐาน: (ร่าง) มสพร.", "ร่างมาตรฐานทดสอบ")
                .contains("วันที่ได้รับ: 26 พฤศจิกายน 2569 เวลา 09:00 น.")
                .contains("ข้อ 5.2 <b>ควร</b> ระบุระดับความเชื่อมั่น")
                .contains("ข้อความที่เสนอให้แก้ไข:\nเพิ่มตารางเทียบระดับ")
                .contains("http://localhost:8080/hearings/" + hearing.id());
        assertThat(mail.link()).isEqualTo("http://localhost:8080/hearings/" + hearing.id());
        assertThat(mail.calendar()).isNull();
    }

    @Test
    void aCommentSentInEnglishIsAcknowledgedInEnglish() throws Exception {
        Hearing hearing = openHearing();

        String reference = comment(hearing, "en", null, "Clause 5.2 should name the assurance level");

        Notification mail = notifications.byKey("comment-received:" + reference).orElseThrow();
        assertThat(mail.locale()).isEqualTo("en");
        assertThat(mail.subject()).startsWith("Comment received, reference " + reference);
        assertThat(mail.body())
                .contains("Dear สมหญิง ตัวอย่าง,")
                .contains("Reference: " + reference)
                .contains("Draft standard: (ร่าง) มสพร.", "Test draft standard")
                .contains("Received: 26 November 2026, 09:00")
                .contains("Clause 5.2 should name the assurance level")
                .doesNotContain("พฤศจิกายน");
    }

    @Test
    void aCommentIsAcknowledgedOnceAndAResubmissionWithItsKeySendsNothing() throws Exception {
        Hearing hearing = openHearing();

        String first = comment(hearing, null, "mail-key-1", "ครั้งเดียว");
        String again = comment(hearing, null, "mail-key-1", "ครั้งเดียว");
        assertThat(again).isEqualTo(first);

        assertThat(mailsAbout(hearing, HearingMails.COMMENT_RECEIVED)).extracting(Notification::key).containsExactly("comment-received:" + first);
        runDueJobs();
        assertThat(notifications.byKey("comment-received:" + first).orElseThrow().status().name()).isEqualTo("RECORDED");
    }

    @Test
    void aRegistrationBringsACalendarInvitationToTheMeetingInBangkokTime() throws Exception {
        Hearing hearing = openHearing();

        Registration registration = register(hearing, "somying@example.go.th", null);

        Notification mail = notifications.byKey("meeting-invitation:" + registration.id() + ":0").orElseThrow();
        assertThat(mail.kind()).isEqualTo(HearingMails.MEETING_INVITATION);
        assertThat(mail.subject()).contains("ลงทะเบียนเข้าร่วมงานประชุมรับฟังความคิดเห็นแล้ว");
        assertThat(mail.body()).contains("วันและเวลา: วันพฤหัสบดีที่ 10 ธันวาคม 2569 เวลา 13:30–15:30 น.")
                .contains("ลิงก์เข้าร่วมงานประชุม: https://teams.example.org/hearing");

        Calendar calendar = new CalendarBuilder().build(new StringReader(mail.calendar()));
        assertThat(value(calendar.getProperty(Property.METHOD))).isEqualTo("REQUEST");
        assertThat(calendar.getComponent("VTIMEZONE")).isPresent();
        VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
        assertThat(value(event.getProperty(Property.UID))).isEqualTo("hearing-" + hearing.id() + "@dga.or.th");
        assertThat(value(event.getProperty(Property.SEQUENCE))).isEqualTo("0");
        assertThat(instant(event, Property.DTSTART)).isEqualTo(Instant.parse("2026-12-10T06:30:00Z"));
        assertThat(instant(event, Property.DTEND)).isEqualTo(Instant.parse("2026-12-10T08:30:00Z"));
        assertThat(tzid(event, Property.DTSTART)).isEqualTo("Asia/Bangkok");
        assertThat(tzid(event, Property.DTEND)).isEqualTo("Asia/Bangkok");
        assertThat(mail.calendar()).contains("DTSTART;TZID=Asia/Bangkok:20261210T133000");
        assertThat(value(event.getProperty(Property.SUMMARY))).startsWith("งานประชุมรับฟังความคิดเห็น (ร่าง) มสพร.").endsWith("ร่างมาตรฐานทดสอบ");
        assertThat(value(event.getProperty(Property.LOCATION))).isEqualTo("https://teams.example.org/hearing");
        assertThat(value(event.getProperty(Property.URL))).isEqualTo("https://teams.example.org/hearing");
        assertThat(value(event.getProperty(Property.ORGANIZER))).isEqualTo("mailto:standards@dga.or.th");
        Property attendee = event.<Property>getProperty(Property.ATTENDEE).orElseThrow();
        assertThat(attendee.getValue()).isEqualTo("mailto:somying@example.go.th");
        assertThat(attendee.<Parameter>getParameter(Parameter.RSVP).orElseThrow().getValue()).isEqualTo("TRUE");
        assertThat(value(event.getProperty(Property.DTSTAMP))).isEqualTo("20261126T020000Z");
    }

    @Test
    void registeringAgainWithTheSameAddressSendsNothingNew() throws Exception {
        Hearing hearing = openHearing();

        register(hearing, "again@example.go.th", "en");
        register(hearing, "Again@Example.go.th", "en");

        List<Notification> mails = mailsAbout(hearing, HearingMails.MEETING_INVITATION);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).locale()).isEqualTo("en");
        assertThat(mails.get(0).subject()).startsWith("You are registered for the hearing meeting");
        assertThat(mails.get(0).body()).contains("When: Thursday 10 December 2026, 13:30–15:30");
        assertThat(mails.get(0).calendar()).contains("SUMMARY:Hearing meeting: draft มสพร.");
    }

    @Test
    void everyRegistrantIsRemindedOnceTheDayBeforeAndAgainWhenTheMeetingMoves() throws Exception {
        Hearing hearing = openHearing();
        register(hearing, "first@example.go.th", null);
        register(hearing, "second@example.go.th", "en");

        moveClockTo(MEETING_START.minusSeconds(25 * 3600));
        reminders.remindDue();
        assertThat(mailsAbout(hearing, MeetingReminders.MEETING_REMINDER)).isEmpty();

        moveClockTo(MEETING_START.minusSeconds(23 * 3600));
        reminders.remindDue();
        reminders.remindDue();
        List<Notification> reminded = mailsAbout(hearing, MeetingReminders.MEETING_REMINDER);
        assertThat(reminded).extracting(Notification::recipient).containsExactlyInAnyOrder("first@example.go.th", "second@example.go.th");
        assertThat(reminded).filteredOn(m -> m.locale().equals("th")).singleElement()
                .satisfies(m -> assertThat(m.body()).contains("วันพฤหัสบดีที่ 10 ธันวาคม 2569 เวลา 13:30–15:30 น."));
        assertThat(reminded).filteredOn(m -> m.locale().equals("en")).singleElement()
                .satisfies(m -> assertThat(m.subject()).startsWith("Reminder: the hearing meeting on 10 December 2026"));

        Instant newStart = OffsetDateTime.parse("2026-12-17T13:30+07:00").toInstant();
        moves.move(hearing.id(), newStart, newStart.plusSeconds(7200), null);
        reminders.remindDue();
        assertThat(mailsAbout(hearing, MeetingReminders.MEETING_REMINDER)).hasSize(2);

        moveClockTo(newStart.minusSeconds(3600));
        reminders.remindDue();
        reminders.remindDue();
        assertThat(mailsAbout(hearing, MeetingReminders.MEETING_REMINDER)).hasSize(4)
                .filteredOn(m -> m.key().contains(newStart.toString())).hasSize(2);

        moveClockTo(newStart.plusSeconds(60));
        reminders.remindDue();
        assertThat(mailsAbout(hearing, MeetingReminders.MEETING_REMINDER)).hasSize(4);
    }

    @Test
    void theSecretariatMovesTheMeetingAndTheProcessWaitsForItsNewEnd() throws Exception {
        String id = steps().toScheduling(7801);
        steps().scheduleHearing(id);
        Hearing hearing = steps().openHearing(id);
        Registration registration = register(hearing, "somchai.public@example.go.th", null);
        Instant newStart = OffsetDateTime.parse("2026-12-17T13:30+07:00").toInstant();

        mvc.perform(put("/api/hearings/{id}/meeting", hearing.id()).with(as("somsri")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("meetingStart", "2026-12-17T13:30:00+07:00", "meetingEnd", "2026-12-17T15:30:00+07:00",
                                "meetingLink", "https://teams.example.org/hearing-moved"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.meeting.start").value("2026-12-17T13:30:00+07:00"))
                .andExpect(jsonPath("$.meeting.link").value("https://teams.example.org/hearing-moved"));

        String process = runtimeService.createProcessInstanceQuery().processDefinitionKey(PublicHearingProcess.KEY)
                .processInstanceBusinessKey(id).singleResult().getId();
        Job timer = managementService.createJobQuery().processInstanceId(process).activityId(PublicHearingProcess.MEETING_ENDS).singleResult();
        assertThat(timer.getDuedate().toInstant()).isEqualTo(newStart.plusSeconds(7200));
        assertThat(hearings.meetingSequence(hearing.id())).isEqualTo(1);

        Notification first = notifications.byKey("meeting-invitation:" + registration.id() + ":0").orElseThrow();
        Notification moved = notifications.byKey("meeting-invitation:" + registration.id() + ":1").orElseThrow();
        assertThat(moved.kind()).isEqualTo(HearingMails.MEETING_MOVED);
        assertThat(moved.subject()).contains("เลื่อนงานประชุมรับฟังความคิดเห็น");
        assertThat(moved.body())
                .contains("กำหนดเดิม: วันพฤหัสบดีที่ 10 ธันวาคม 2569 เวลา 13:30–15:30 น.")
                .contains("กำหนดใหม่: วันพฤหัสบดีที่ 17 ธันวาคม 2569 เวลา 13:30–15:30 น.")
                .contains("https://teams.example.org/hearing-moved");
        VEvent before = event(first);
        VEvent after = event(moved);
        assertThat(value(after.getProperty(Property.UID))).isEqualTo(value(before.getProperty(Property.UID)));
        assertThat(value(after.getProperty(Property.SEQUENCE))).isEqualTo("1");
        assertThat(instant(after, Property.DTSTART)).isEqualTo(Instant.parse("2026-12-17T06:30:00Z"));
        assertThat(value(after.getProperty(Property.LOCATION))).isEqualTo("https://teams.example.org/hearing-moved");

        // the process's meeting ends at the new time
        moveClockAndRunJobs(hearing.window().meetingEnd());
        assertThat(tasks(id, PublicHearingProcess.ATTACH_MEETING_MATERIALS)).isEmpty();
        moveClockAndRunJobs(newStart.plusSeconds(7200));
        assertThat(tasks(id, PublicHearingProcess.ATTACH_MEETING_MATERIALS)).hasSize(1);
    }

    @Test
    void aMoveIsCheckedAndOnlyTheSecretariatMayMakeIt() throws Exception {
        Hearing hearing = openHearing();
        String url = "/api/hearings/{id}/meeting";

        mvc.perform(put(url, hearing.id()).with(as("anan")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("meetingStart", "2026-12-17T13:30:00+07:00", "meetingEnd", "2026-12-17T15:30:00+07:00"))))
                .andExpect(status().isForbidden());
        mvc.perform(put(url, hearing.id()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("meetingStart", "2026-12-17T13:30:00+07:00", "meetingEnd", "2026-12-17T15:30:00+07:00"))))
                .andExpect(status().isUnauthorized());
        mvc.perform(put(url, hearing.id()).with(as("somsri")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("meetingStart", "2026-12-17T15:30:00+07:00", "meetingEnd", "2026-12-17T13:30:00+07:00"))))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.type").value("/problems/invalid-input"))
                .andExpect(jsonPath("$.errors[0].field").value("meetingEnd"));
        mvc.perform(put(url, hearing.id()).with(as("somsri")).header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("meetingStart", "2026-11-20T13:30:00+07:00", "meetingEnd", "2026-11-20T15:30:00+07:00"))))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItem("meetingStart")))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("The meeting would start in the past")));
        mvc.perform(put(url, hearing.id()).with(as("somsri")).header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("meetingStart", "2027-01-05T13:30:00+07:00", "meetingEnd", "2027-01-05T15:30:00+07:00"))))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("meetingEnd"))
                .andExpect(jsonPath("$.errors[0].code").value("hearing.meeting-after-period"))
                .andExpect(jsonPath("$.errors[0].message").value("The meeting cannot take place after the last day of the comment period (31 ธันวาคม 2569)"));
        mvc.perform(put(url, hearing.id()).with(as("somsri")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("meetingEnd", "2026-12-17T15:30:00+07:00", "meetingLink", "javascript:alert(1)"))))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("meetingStart", "meetingLink")));
        mvc.perform(put(url, hearing.id()).with(as("somsri")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"meetingStart\": \"next Thursday\", \"meetingEnd\": \"2026-12-17T15:30:00+07:00\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("meetingStart"));
        assertThat(hearings.get(hearing.id()).window().meetingStart()).isEqualTo(MEETING_START);
        assertThat(hearings.meetingSequence(hearing.id())).isZero();

        hearings.close(hearing.id());
        assertThat(hearings.get(hearing.id()).status()).isEqualTo(HearingStatus.CLOSED);
        mvc.perform(put(url, hearing.id()).with(as("somsri")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("meetingStart", "2026-12-17T13:30:00+07:00", "meetingEnd", "2026-12-17T15:30:00+07:00"))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("hearing.meeting-not-movable"));
        mvc.perform(put(url, 999999).with(as("somsri")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("meetingStart", "2026-12-17T13:30:00+07:00", "meetingEnd", "2026-12-17T15:30:00+07:00"))))
                .andExpect(status().isNotFound());
    }

    private String comment(Hearing hearing, String language, String idempotencyKey, String text) throws Exception {
        var request = post("/api/hearings/{id}/comments", hearing.id()).contentType(MediaType.APPLICATION_JSON).content(body(publicComment(text)));
        if (language != null) {
            request = request.header("Accept-Language", language);
        }
        if (idempotencyKey != null) {
            request = request.header("Idempotency-Key", idempotencyKey);
        }
        String response = mvc.perform(request).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(response).get("referenceNo").asText();
    }

    private Registration register(Hearing hearing, String email, String language) throws Exception {
        var request = post("/api/hearings/{id}/registrations", hearing.id()).contentType(MediaType.APPLICATION_JSON)
                .content(body(Map.of("name", "สมหญิง ตัวอย่าง", "email", email, "consent", true, "privacyNoticeVersion", "1.0")));
        if (language != null) {
            request = request.header("Accept-Language", language);
        }
        mvc.perform(request).andExpect(status().is2xxSuccessful());
        return registrations.forHearing(hearing.id()).stream().filter(r -> r.email().equalsIgnoreCase(email)).findFirst().orElseThrow();
    }

    /** The mails of one kind that lead to this hearing's page. */
    private List<Notification> mailsAbout(Hearing hearing, String kind) {
        return notifications.log(null, null, kind, 1000).stream()
                .filter(m -> m.link().equals("http://localhost:8080/hearings/" + hearing.id())).toList();
    }

    private static VEvent event(Notification mail) throws Exception {
        return new CalendarBuilder().build(new StringReader(mail.calendar())).<VEvent>getComponent("VEVENT").orElseThrow();
    }

    private static String value(java.util.Optional<? extends Property> property) {
        return property.orElseThrow().getValue();
    }

    private static Instant instant(VEvent event, String name) {
        DateProperty<?> property = event.<DateProperty<?>>getProperty(name).orElseThrow();
        Temporal date = property.getDate();
        return Instant.from(date);
    }

    private static String tzid(VEvent event, String name) {
        return event.<Property>getProperty(name).orElseThrow().<Parameter>getParameter(Parameter.TZID).orElseThrow().getValue();
    }
}
