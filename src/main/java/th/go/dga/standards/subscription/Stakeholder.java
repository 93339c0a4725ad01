package th.go.dga.standards.subscription;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A stakeholder on the secretariat's list: told of every hearing that opens.
 *
 * @param email  the address, in lower case
 * @param locale the language of their mails, {@code th} or {@code en}
 */
@Schema(description = "A stakeholder the secretariat tells of every hearing that opens")
public record Stakeholder(
        @Schema(example = "12") long id,
        @Schema(example = "saraban@dopa.go.th") String email,
        @Schema(example = "สมชาย ใจดี") String name,
        @Schema(example = "กรมการปกครอง") String organisation,
        @Schema(allowableValues = {"th", "en"}, example = "th") String locale,
        @Schema(example = "somsri") String addedBy,
        @Schema(example = "2026-11-26T09:00:00+07:00") Instant addedAt) {
}
