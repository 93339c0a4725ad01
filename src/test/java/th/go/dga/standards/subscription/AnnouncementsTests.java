package th.go.dga.standards.subscription;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import th.go.dga.standards.hearing.Hearing;
import th.go.dga.standards.notification.Notification;
import th.go.dga.standards.notification.Notifications;
import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.registry.StandardKind;
import th.go.dga.standards.registry.StandardStatus;
import th.go.dga.standards.support.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The announcements mailed as standards move: once per person and event, in the subscriber's language, each with
 * its unsubscribe address.
 */
class AnnouncementsTests extends ApiTestSupport {

    private static final AtomicInteger PEOPLE = new AtomicInteger();

    @Autowired Subscriptions subscriptions;
    @Autowired Stakeholders stakeholders;
    @Autowired Notifications notifications;
    @Autowired Announcements announcements;

    private SubscriberSteps subscriber;

    @BeforeEach
    void aSubscriber() {
        subscriber = new SubscriberSteps(subscriptions, notifications);
    }

    private static String someone(String who) {
        return who + "-" + PEOPLE.incrementAndGet() + "@example.go.th";
    }

    @Test
    void aStakeholderWhoAlsoSubscribedGetsOneMailByNameWithTheUnsubscribeAddress() {
        String both = someone("both");
        String listed = someone("listed");
        stakeholders.add("สมชาย ใจดี", "กรมการปกครอง", both, "th");
        stakeholders.add("Jane Doe", "Standards Council", listed, "en");
        Subscription subscription = subscriber.confirmed(both, "th");

        Hearing hearing = openHearing();

        List<Notification> toBoth = notifications.toAddress(both).stream().filter(n -> n.key().startsWith("hearing-opened:")).toList();
        assertThat(toBoth).hasSize(1);
        assertThat(toBoth.get(0).body()).contains("เรียน คุณสมชาย ใจดี", "เลิกรับข่าวสาร: http://localhost:8080/subscriptions/unsubscribe?token="
                + subscription.token());
        assertThat(toBoth.get(0).unsubscribe()).endsWith(subscription.token());

        Notification toListed = notifications.byKey("hearing-opened:" + hearing.id() + ":" + listed).orElseThrow();
        assertThat(toListed.locale()).isEqualTo("en");
        assertThat(toListed.subject()).startsWith("Open for comments: (ร่าง) มสพร. ").endsWith("Test draft standard");
        assertThat(toListed.body()).contains("Dear Jane Doe,", "Comment period: 26 November 2026 to 31 December 2026",
                "Hearing meeting: Thursday 10 December 2026, 13:30–15:30", "as a stakeholder").doesNotContain("Unsubscribe:");
        assertThat(toListed.unsubscribe()).as("a stakeholder is on the secretariat's list, not a mailing list").isNull();

        // the next events are for subscribers only
        hearings.close(hearing.id());
        assertThat(notifications.byKey("hearing-closed:" + hearing.id() + ":" + both)).isPresent();
        assertThat(notifications.byKey("hearing-closed:" + hearing.id() + ":" + listed)).isEmpty();
    }

    @Test
    void remindsSevenDaysAndOneDayBeforeTheCommentPeriodEndsOnceEachAndAgainAfterAnExtension() {
        String email = someone("reminded");
        subscriber.confirmed(email, "th");
        Hearing hearing = openHearing();
        String key = "hearing-closing:" + hearing.id() + ":";

        announcements.sendReminders();
        assertThat(reminders(email, hearing)).as("five weeks before the end").isEmpty();

        moveClockTo(OffsetDateTime.parse("2026-12-24T08:00+07:00").toInstant());
        announcements.sendReminders();
        assertThat(reminders(email, hearing)).as("eight days left").isEmpty();

        moveClockTo(OffsetDateTime.parse("2026-12-25T08:00+07:00").toInstant());
        announcements.sendReminders();
        announcements.sendReminders();
        assertThat(reminders(email, hearing)).extracting(Notification::key).containsExactly(key + "2026-12-31:7:" + email);
        Notification week = notifications.byKey(key + "2026-12-31:7:" + email).orElseThrow();
        assertThat(week.subject()).startsWith("เหลืออีก 7 วัน ร่วมแสดงความคิดเห็นต่อ (ร่าง) มสพร. ");
        assertThat(week.body()).contains("ปิดรับความคิดเห็นเมื่อสิ้นวันที่ 31 ธันวาคม 2569", "http://localhost:8080/hearings/" + hearing.id(),
                "เลิกรับข่าวสาร: http://localhost:8080/subscriptions/unsubscribe?token=");
        assertThat(week.unsubscribe()).startsWith("http://localhost:8080/subscriptions/unsubscribe?token=");

        moveClockTo(OffsetDateTime.parse("2026-12-28T08:00+07:00").toInstant());
        announcements.sendReminders();
        assertThat(reminders(email, hearing)).hasSize(1);

        moveClockTo(OffsetDateTime.parse("2026-12-31T08:00+07:00").toInstant());
        announcements.sendReminders();
        announcements.sendReminders();
        assertThat(reminders(email, hearing)).extracting(Notification::key)
                .containsExactlyInAnyOrder(key + "2026-12-31:7:" + email, key + "2026-12-31:1:" + email);

        // extended on its last day: reminders of the new end, once each
        hearings.extend(hearing.id(), LocalDate.of(2027, 1, 10), "มีผู้ขอขยายเวลา");
        announcements.sendReminders();
        assertThat(reminders(email, hearing)).hasSize(2);
        moveClockTo(OffsetDateTime.parse("2027-01-04T08:00+07:00").toInstant());
        announcements.sendReminders();
        moveClockTo(OffsetDateTime.parse("2027-01-10T08:00+07:00").toInstant());
        announcements.sendReminders();
        announcements.sendReminders();
        assertThat(reminders(email, hearing)).extracting(Notification::key).containsExactlyInAnyOrder(
                key + "2026-12-31:7:" + email, key + "2026-12-31:1:" + email, key + "2027-01-10:7:" + email, key + "2027-01-10:1:" + email);
        assertThat(notifications.byKey(key + "2027-01-10:1:" + email).orElseThrow().subject()).startsWith("วันนี้วันสุดท้าย ร่วมแสดงความคิดเห็นต่อ");
        assertThat(notifications.byKey(key + "2027-01-10:1:" + email).orElseThrow().body()).contains("10 มกราคม 2570");

        // past the end, nothing more
        moveClockTo(OffsetDateTime.parse("2027-01-11T08:00+07:00").toInstant());
        announcements.sendReminders();
        assertThat(reminders(email, hearing)).hasSize(4);
    }

    @Test
    void anEnglishSubscriberIsRemindedInEnglish() {
        String email = someone("english");
        subscriber.confirmed(email, "en");
        Hearing hearing = openHearing();

        moveClockTo(OffsetDateTime.parse("2026-12-30T08:00+07:00").toInstant());
        announcements.sendReminders();

        Notification reminder = notifications.byKey("hearing-closing:" + hearing.id() + ":2026-12-31:7:" + email).orElseThrow();
        assertThat(reminder.locale()).isEqualTo("en");
        assertThat(reminder.subject()).startsWith("2 days left to comment on (ร่าง) มสพร. ").endsWith("Test draft standard");
        assertThat(reminder.body()).contains("Dear subscriber,", "until the end of 31 December 2026", "Unsubscribe: http://localhost:8080/subscriptions/unsubscribe?token=")
                .doesNotContain("2569");
    }

    @Test
    void subscribersAreToldOfAClosedHearingAPublishedStandardAndAGazetteStandardInForce() {
        String thai = someone("follower");
        String english = someone("follower-en");
        subscriber.confirmed(thai, "th");
        subscriber.confirmed(english, "en");
        Hearing hearing = openHearing();

        hearings.close(hearing.id());
        Notification closed = notifications.byKey("hearing-closed:" + hearing.id() + ":" + thai).orElseThrow();
        assertThat(closed.subject()).startsWith("ปิดรับฟังความคิดเห็นแล้ว: (ร่าง) มสพร. ");
        assertThat(closed.body()).contains("สิ้นสุดแล้วเมื่อสิ้นวันที่ 31 ธันวาคม 2569", "http://localhost:8080/hearings/" + hearing.id());
        assertThat(notifications.byKey("hearing-closed:" + hearing.id() + ":" + english).orElseThrow().body())
                .contains("closed at the end of 31 December 2026");

        Standard standard = registeredProject(StandardKind.MRD);
        registry.recordPublication(standard.id(), LocalDate.of(2026, 11, 26), LocalDate.of(2027, 1, 1));
        registry.changeStatus(standard.id(), StandardStatus.PUBLISHED, "ประกาศในราชกิจจานุเบกษา");
        Notification published = notifications.byKey("standard-published:" + standard.id() + ":" + thai).orElseThrow();
        assertThat(published.subject()).isEqualTo("ประกาศใช้มาตรฐาน: " + standard.displayCode() + " ร่างมาตรฐานทดสอบ");
        assertThat(published.body()).contains("วันที่ประกาศ: 26 พฤศจิกายน 2569", "วันที่มีผลบังคับใช้: 1 มกราคม 2570",
                "http://localhost:8080/standards/" + standard.id(), "เลิกรับข่าวสาร: ");
        assertThat(notifications.byKey("standard-published:" + standard.id() + ":" + english).orElseThrow().body())
                .contains("Published on: 26 November 2026", "In force from: 1 January 2027");

        registry.changeStatus(standard.id(), StandardStatus.IN_FORCE, "ถึงวันมีผลบังคับใช้");
        Notification inForce = notifications.byKey("standard-in-force:" + standard.id() + ":" + thai).orElseThrow();
        assertThat(inForce.subject()).isEqualTo("มาตรฐานมีผลบังคับใช้: " + standard.displayCode() + " ร่างมาตรฐานทดสอบ");
        assertThat(inForce.body()).contains("วันที่มีผลบังคับใช้: 1 มกราคม 2570", "http://localhost:8080/standards/" + standard.id());
        assertThat(inForce.unsubscribe()).isNotNull();
        assertThat(notifications.byKey("standard-in-force:" + standard.id() + ":" + english).orElseThrow().subject())
                .isEqualTo("Standard in force: " + standard.displayCode() + " Test draft standard");
    }

    private List<Notification> reminders(String email, Hearing hearing) {
        return notifications.toAddress(email).stream().filter(n -> n.key().startsWith("hearing-closing:" + hearing.id() + ":")).toList();
    }
}
