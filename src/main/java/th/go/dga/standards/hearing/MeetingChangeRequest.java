package th.go.dga.standards.hearing;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/** A new time for a hearing's meeting, and a new link if it changes too. */
@Schema(name = "MeetingChangeRequest")
public record MeetingChangeRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2026-12-17T13:30:00+07:00") Instant meetingStart,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2026-12-17T15:30:00+07:00") Instant meetingEnd,
        @Schema(description = "the new meeting link; the current one stays without it", example = "https://teams.example.org/hearing-2")
        String meetingLink) {
}
