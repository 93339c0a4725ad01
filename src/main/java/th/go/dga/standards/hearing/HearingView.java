package th.go.dga.standards.hearing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A public hearing as the public sees it. Every date comes from the stored schedule.
 */
@Schema(name = "Hearing", description = "A public hearing of a draft standard")
public record HearingView(
        @Schema(example = "7") long id,
        @Schema(example = "STD-00016") String standardId,
        @Schema(description = "the draft's code, or how a draft is named before it has one", example = "(ร่าง) มสพร. 6-5") String standardCode,
        @Schema(example = "หลักเกณฑ์และการประเมินระดับวิธีการทางอิเล็กทรอนิกส์สำหรับบริการภาครัฐ") String titleTh,
        String titleEn,
        @Schema(description = "1 for the first hearing of the draft, 2 for a second one", example = "1") int round,
        @Schema(allowableValues = {"SCHEDULED", "OPEN", "CLOSED"}) String status,
        @Schema(description = "first day comments are taken", example = "2024-02-15") LocalDate commentPeriodStart,
        @Schema(description = "last day comments are taken", example = "2024-03-15") LocalDate commentPeriodEnd,
        @Schema(example = "2024-02-15T00:00:00+07:00") Instant commentsOpenAt,
        @Schema(description = "the moment comments stop being taken: the end of the last day", example = "2024-03-16T00:00:00+07:00") Instant commentsCloseAt,
        Meeting meeting,
        @Schema(description = "background and purpose, plain text; paragraphs are separated by a blank line") String background,
        @Schema(description = "the slides put up after the meeting") String slidesLink,
        @Schema(description = "the recording of the meeting") String recordingLink,
        @Schema(description = "frequently asked questions, put up once the period has closed") String faq,
        List<Extension> extensions,
        @Schema(description = "comments received so far") int commentCount,
        @Schema(description = "the privacy notice version that a comment or registration consents to", example = "1.0") String privacyNoticeVersion) {

    /** The online hearing meeting. */
    @Schema(name = "HearingMeeting")
    public record Meeting(@Schema(example = "2024-02-29T13:30:00+07:00") Instant start, @Schema(example = "2024-02-29T15:30:00+07:00") Instant end,
                          @Schema(example = "https://teams.microsoft.com/l/meetup-join/...") String link,
                          @Schema(example = "https://forms.office.com/r/...") String registrationLink) {
    }

    /** An extension of the comment period. */
    @Schema(name = "HearingExtension")
    public record Extension(LocalDate previousEnd, LocalDate newEnd, String reason, Instant extendedAt) {
    }
}
