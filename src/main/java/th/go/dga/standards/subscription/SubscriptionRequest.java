package th.go.dga.standards.subscription;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A request to receive the hearing announcements.
 *
 * @param locale the language of the mails, {@code th} (the default) or {@code en}
 */
@Schema(description = "A subscription to the hearing announcements")
record SubscriptionRequest(
        @Schema(example = "somying@example.go.th") String email,
        @Schema(allowableValues = {"th", "en"}, example = "th") String locale,
        @Schema(description = "consent to the privacy notice", example = "true") Boolean consent,
        @Schema(description = "the version of the privacy notice consented to", example = "1.0") String privacyNoticeVersion) {
}
