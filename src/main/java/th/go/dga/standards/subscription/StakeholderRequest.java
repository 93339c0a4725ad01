package th.go.dga.standards.subscription;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A stakeholder to add to the list.
 *
 * @param locale the language of their mails, {@code th} (the default) or {@code en}
 */
@Schema(description = "A stakeholder to tell of every hearing that opens")
record StakeholderRequest(
        @Schema(example = "สมชาย ใจดี") String name,
        @Schema(example = "กรมการปกครอง") String organisation,
        @Schema(example = "saraban@dopa.go.th") String email,
        @Schema(allowableValues = {"th", "en"}, example = "th") String locale) {
}
