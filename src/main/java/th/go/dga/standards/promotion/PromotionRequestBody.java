package th.go.dga.standards.promotion;

import io.swagger.v3.oas.annotations.media.Schema;

/** The government standard a community standard is promoted to. */
@Schema(name = "PromotionRequest")
public record PromotionRequestBody(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "the number of the new มรด.", example = "3") Integer number,
        @Schema(example = "1") Integer part,
        @Schema(description = "the new standard's Thai title; the community standard's when empty") String titleTh,
        @Schema(description = "the new standard's English title; the community standard's when empty") String titleEn) {
}
