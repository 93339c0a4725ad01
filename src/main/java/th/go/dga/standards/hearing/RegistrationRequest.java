package th.go.dga.standards.hearing;

import io.swagger.v3.oas.annotations.media.Schema;

/** A registration to attend a hearing meeting. */
@Schema(name = "RegistrationRequest")
public record RegistrationRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "สมหญิง ตัวอย่าง") String name,
        @Schema(example = "กรมการปกครอง") String organisation,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "somying@example.go.th") String email,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "true") Boolean consent,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "1.0") String privacyNoticeVersion) {
}
