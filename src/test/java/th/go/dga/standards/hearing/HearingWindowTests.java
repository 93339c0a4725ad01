package th.go.dga.standards.hearing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import th.go.dga.standards.validation.Violation;

import static org.assertj.core.api.Assertions.assertThat;

class HearingWindowTests {

    /** มสพร. 6 part 5: comments 15 Feb – 15 Mar 2567, meeting Thu 29 Feb 2567, 13:30–15:30. */
    private final HearingWindow part5 = new HearingWindow(LocalDate.of(2024, 2, 15), LocalDate.of(2024, 3, 15),
            at("2024-02-29T13:30+07:00"), at("2024-02-29T15:30+07:00"));
    private final Instant scheduledOn = at("2024-02-01T10:00+07:00");

    @Test
    void acceptsTheRealHearingsOfTheSourcePages() {
        assertThat(part5.violations(15, scheduledOn)).isEmpty();
        HearingWindow website = new HearingWindow(LocalDate.of(2023, 7, 5), LocalDate.of(2023, 8, 5),
                at("2023-07-12T10:00+07:00"), at("2023-07-12T12:00+07:00"));
        assertThat(website.violations(15, at("2023-06-28T09:00+07:00"))).isEmpty();
    }

    @Test
    void refusesATenDayCommentPeriod() {
        HearingWindow tenDays = new HearingWindow(LocalDate.of(2024, 2, 15), LocalDate.of(2024, 2, 24),
                at("2024-02-20T13:30+07:00"), at("2024-02-20T15:30+07:00"));

        assertThat(codes(tenDays.violations(15, scheduledOn))).containsExactly("commentPeriodEnd:hearing.too-short");
        assertThat(tenDays.violations(15, scheduledOn).get(0).message()).contains("15").contains("10");
    }

    @Test
    void countsTheFirstAndLastDay() {
        HearingWindow fifteen = new HearingWindow(LocalDate.of(2024, 2, 15), LocalDate.of(2024, 2, 29),
                at("2024-02-20T13:30+07:00"), at("2024-02-20T15:30+07:00"));

        assertThat(fifteen.lengthInDays()).isEqualTo(15);
        assertThat(fifteen.violations(15, scheduledOn)).isEmpty();
    }

    @Test
    void refusesAnEndBeforeItsStart() {
        HearingWindow backwards = new HearingWindow(LocalDate.of(2024, 3, 15), LocalDate.of(2024, 2, 15),
                at("2024-02-29T13:30+07:00"), at("2024-02-29T15:30+07:00"));

        assertThat(codes(backwards.violations(15, scheduledOn))).contains("commentPeriodEnd:hearing.end-before-start");
    }

    @Test
    void refusesAMeetingOutsideTheWindow() {
        HearingWindow late = new HearingWindow(part5.commentPeriodStart(), part5.commentPeriodEnd(),
                at("2024-03-16T10:00+07:00"), at("2024-03-16T12:00+07:00"));
        HearingWindow overlapping = new HearingWindow(part5.commentPeriodStart(), part5.commentPeriodEnd(),
                at("2024-03-15T23:00+07:00"), at("2024-03-16T01:00+07:00"));

        assertThat(codes(late.violations(15, scheduledOn))).containsExactly("meetingStart:hearing.meeting-outside");
        assertThat(codes(overlapping.violations(15, scheduledOn))).containsExactly("meetingStart:hearing.meeting-outside");
    }

    @Test
    void refusesAMeetingThatEndsBeforeItStarts() {
        HearingWindow reversed = new HearingWindow(part5.commentPeriodStart(), part5.commentPeriodEnd(),
                at("2024-02-29T15:30+07:00"), at("2024-02-29T13:30+07:00"));

        assertThat(codes(reversed.violations(15, scheduledOn))).containsExactly("meetingEnd:hearing.meeting-end-before-start");
    }

    @Test
    void refusesDatesInThePast() {
        assertThat(codes(part5.violations(15, at("2024-02-16T09:00+07:00")))).containsExactly("commentPeriodStart:hearing.start-in-past");
        assertThat(codes(part5.violations(15, at("2024-03-01T09:00+07:00"))))
                .containsExactly("commentPeriodStart:hearing.start-in-past", "meetingStart:hearing.meeting-in-past");
    }

    @Test
    void acceptsAPeriodStartingTodayInBangkok() {
        // 15 Feb 2567, 00:30 in Bangkok is still 14 Feb in UTC
        assertThat(part5.violations(15, at("2024-02-15T00:30+07:00"))).isEmpty();
    }

    @Test
    void acceptsCommentsFromTheFirstToTheLastMinuteOfThePeriodInBangkokTime() {
        assertThat(part5.opensAt()).isEqualTo(at("2024-02-15T00:00+07:00"));
        assertThat(part5.closesAt()).isEqualTo(at("2024-03-16T00:00+07:00"));
        assertThat(part5.accepts(at("2024-02-14T23:59+07:00"))).isFalse();
        assertThat(part5.accepts(at("2024-02-15T00:00+07:00"))).isTrue();
        assertThat(part5.accepts(at("2024-03-15T23:59+07:00"))).isTrue();
        assertThat(part5.accepts(at("2024-03-16T00:00+07:00"))).isFalse();
    }

    @Test
    void anExtensionMustEndLater() {
        assertThat(part5.extensionViolations(LocalDate.of(2024, 3, 22), "e")).isEmpty();
        assertThat(codes(part5.extensionViolations(LocalDate.of(2024, 3, 15), "e"))).containsExactly("e:hearing.extension-not-later");
        assertThat(part5.extendedTo(LocalDate.of(2024, 3, 22)).closesAt()).isEqualTo(at("2024-03-23T00:00+07:00"));
    }

    private static Instant at(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }

    private static List<String> codes(List<Violation> violations) {
        return violations.stream().map(v -> v.field() + ":" + v.code()).toList();
    }
}
