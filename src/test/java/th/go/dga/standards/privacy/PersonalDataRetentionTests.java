package th.go.dga.standards.privacy;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import th.go.dga.standards.hearing.Comment;
import th.go.dga.standards.hearing.CommentService;
import th.go.dga.standards.hearing.CommentType;
import th.go.dga.standards.hearing.Hearing;
import th.go.dga.standards.hearing.MeetingRegistrations;
import th.go.dga.standards.hearing.NewComment;
import th.go.dga.standards.notification.Notifications;
import th.go.dga.standards.subscription.Subscriptions;
import th.go.dga.standards.support.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The nightly removal of the public's personal data, a year (standards.privacy.retention) after a hearing's comment
 * period ended.
 */
class PersonalDataRetentionTests extends ApiTestSupport {

    @Autowired PersonalDataRetention retention;
    @Autowired CommentService comments;
    @Autowired MeetingRegistrations registrations;
    @Autowired Subscriptions subscriptions;
    @Autowired Notifications notifications;

    @Test
    void aClosedHearingKeepsItsCommentersForAYearAfterItsPeriodEndedThenOnlyTheirComments() {
        // both hearings' comment periods end on 31 December 2569; one is closed, the other still open by mistake
        Hearing closed = openHearing();
        Hearing open = openHearing();
        Comment comment = comments.submit(closed.id(), comment("ควรมีภาคผนวก", "closed@example.go.th"));
        Comment stillOpen = comments.submit(open.id(), comment("ควรมีตัวอย่าง", "open@example.go.th"));
        registrations.register(closed.id(), "ผู้เข้าร่วม", null, "attendee@example.go.th", "1.0");
        hearings.close(closed.id());

        moveClockTo(OffsetDateTime.parse("2027-12-31T23:00+07:00").toInstant());
        retention.removeExpired();
        assertThat(comments.get(comment.id()).email()).as("a year has not passed").isEqualTo("closed@example.go.th");
        assertThat(registrations.forHearing(closed.id())).hasSize(1);

        moveClockTo(OffsetDateTime.parse("2028-01-01T02:30+07:00").toInstant());
        retention.removeExpired();
        Comment anonymised = comments.get(comment.id());
        assertThat(anonymised.name()).isNull();
        assertThat(anonymised.email()).isNull();
        assertThat(anonymised.commentText()).isEqualTo("ควรมีภาคผนวก");
        assertThat(registrations.forHearing(closed.id())).isEmpty();
        assertThat(comments.get(stillOpen.id()).email()).as("an open hearing keeps its commenters").isEqualTo("open@example.go.th");

        retention.removeExpired();
        assertThat(comments.get(comment.id()).commentText()).isEqualTo("ควรมีภาคผนวก");
    }

    @Test
    void endedAndUnconfirmedSubscriptionsAndTheAddressesOfOldMailsGoAfterTheRetention() {
        String active = "retained-active@example.go.th";
        String pending = "retained-pending@example.go.th";
        String left = "retained-left@example.go.th";
        subscriptions.subscribe(active, "th", "1.0");
        subscriptions.confirm(subscriptions.current(active).orElseThrow().token());
        subscriptions.subscribe(pending, "th", "1.0");
        subscriptions.subscribe(left, "th", "1.0");
        String token = subscriptions.current(left).orElseThrow().token();
        subscriptions.confirm(token);
        // the confirmations are sent (recorded: the tests have no mail server)
        runDueJobs();
        moveClockTo(OffsetDateTime.parse("2027-01-15T10:00+07:00").toInstant());
        subscriptions.unsubscribe(token);

        moveClockTo(OffsetDateTime.parse("2027-11-26T08:59+07:00").toInstant());
        retention.removeExpired();
        assertThat(subscriptions.byEmail(pending)).as("a year has not passed").hasSize(1);
        assertThat(notifications.toAddress(active)).hasSize(1);

        moveClockTo(OffsetDateTime.parse("2027-11-26T09:01+07:00").toInstant());
        retention.removeExpired();
        assertThat(subscriptions.byEmail(pending)).as("never confirmed").isEmpty();
        assertThat(subscriptions.byEmail(active)).as("still subscribed").hasSize(1);
        assertThat(subscriptions.byEmail(left)).as("left less than a year ago").hasSize(1);
        assertThat(notifications.toAddress(active)).as("the confirmation mail no longer says to whom").isEmpty();

        moveClockTo(OffsetDateTime.parse("2028-01-16T02:30+07:00").toInstant());
        retention.removeExpired();
        assertThat(subscriptions.byEmail(left)).isEmpty();
        assertThat(subscriptions.byEmail(active)).hasSize(1);
    }

    private static NewComment comment(String text, String email) {
        return new NewComment("ร่างมาตรฐาน", "5.1", CommentType.TECHNICAL, text, null, "ผู้แสดงความคิดเห็น", "กรมตัวอย่าง", email, "1.0");
    }
}
