package th.go.dga.standards.hearing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** When a hearing takes comments and meeting registrations: the one rule the API, the site and the mails follow. */
class HearingTests {

    /** มสพร. 6 part 5: comments 15 Feb – 15 Mar 2567, meeting Thu 29 Feb 2567, 13:30–15:30 Bangkok time. */
    private static final HearingWindow PART_5 = new HearingWindow(LocalDate.of(2024, 2, 15), LocalDate.of(2024, 3, 15),
            at("2024-02-29T13:30+07:00"), at("2024-02-29T15:30+07:00"));

    @Test
    void takesCommentsFromTheFirstMinuteOfTheFirstDayToTheLastMinuteOfTheLastDayBangkokTime() {
        Hearing open = hearing(HearingStatus.OPEN);

        assertThat(open.acceptsCommentsAt(at("2024-02-14T23:59:59+07:00"))).isFalse();
        assertThat(open.acceptsCommentsAt(at("2024-02-15T00:00+07:00"))).isTrue();
        assertThat(open.acceptsCommentsAt(at("2024-03-15T23:59:59+07:00"))).isTrue();
        assertThat(open.acceptsCommentsAt(at("2024-03-16T00:00+07:00"))).isFalse();
    }

    @Test
    void takesNoCommentUnlessOpenWhateverTheDate() {
        Instant midPeriod = at("2024-03-01T10:00+07:00");

        assertThat(hearing(HearingStatus.SCHEDULED).acceptsCommentsAt(midPeriod)).isFalse();
        assertThat(hearing(HearingStatus.CLOSED).acceptsCommentsAt(midPeriod)).isFalse();
        assertThat(hearing(HearingStatus.CANCELLED).acceptsCommentsAt(midPeriod)).isFalse();
    }

    @Test
    void tellsCommentsEndedFromCommentsNotYetTaken() {
        assertThat(hearing(HearingStatus.SCHEDULED).commentsEndedAt(at("2024-02-14T12:00+07:00"))).isFalse();
        assertThat(hearing(HearingStatus.OPEN).commentsEndedAt(at("2024-03-16T00:00+07:00"))).isTrue();
        assertThat(hearing(HearingStatus.CLOSED).commentsEndedAt(at("2024-03-01T10:00+07:00"))).isTrue();
        assertThat(hearing(HearingStatus.CANCELLED).commentsEndedAt(at("2024-02-14T12:00+07:00"))).isTrue();
    }

    @Test
    void takesRegistrationsBeforeTheCommentPeriodAndUntilTheMeetingEnds() {
        assertThat(hearing(HearingStatus.SCHEDULED).acceptsRegistrationsAt(at("2024-02-10T09:00+07:00"))).isTrue();
        assertThat(hearing(HearingStatus.OPEN).acceptsRegistrationsAt(at("2024-02-29T15:29+07:00"))).isTrue();
        assertThat(hearing(HearingStatus.OPEN).acceptsRegistrationsAt(at("2024-02-29T15:30+07:00"))).isFalse();
        assertThat(hearing(HearingStatus.CLOSED).acceptsRegistrationsAt(at("2024-02-20T09:00+07:00"))).isFalse();
        assertThat(hearing(HearingStatus.CANCELLED).acceptsRegistrationsAt(at("2024-02-20T09:00+07:00"))).isFalse();
    }

    private static Hearing hearing(HearingStatus status) {
        return new Hearing(1, "P-2024-0001", 1, PART_5, null, null, null, status, null, null, null, null, "somsri", at("2024-02-01T10:00+07:00"), null, null);
    }

    private static Instant at(String moment) {
        return OffsetDateTime.parse(moment).toInstant();
    }
}
