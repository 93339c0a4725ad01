package th.go.dga.standards.hearing;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import th.go.dga.standards.validation.InvalidInputException;
import th.go.dga.standards.validation.Violation;

/** A comment sent by a member of the public. */
@Schema(name = "CommentRequest")
public record CommentRequest(
        @Schema(description = "which draft the comment is about, when the hearing has several", example = "(ร่าง) มสพร. 6-5") String document,
        @Schema(description = "clause or section", example = "5.2") String clause,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"GENERAL", "TECHNICAL", "EDITORIAL"}, example = "TECHNICAL") String type,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "ควรกำหนดระดับความเชื่อมั่นของการยืนยันตัวตนให้ชัดเจน") String comment,
        @Schema(example = "เพิ่มตารางเทียบระดับ IAL/AAL") String proposedChange,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "สมหญิง ตัวอย่าง") String name,
        @Schema(example = "กรมการปกครอง") String organisation,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "somying@example.go.th") String email,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "consent to the privacy notice", example = "true") Boolean consent,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "the version of the privacy notice consented to", example = "1.0") String privacyNoticeVersion,
        @Schema(description = "whether the name may be shown with the hearing summary", example = "false") Boolean publishName) {

    /** The comment, once its type can be read; a missing or unknown type is reported with the other fields. */
    NewComment toNewComment() {
        CommentType commentType = null;
        if (type != null && !type.isBlank()) {
            try {
                commentType = CommentType.valueOf(type.strip());
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(List.of(Violation.of(CommentRules.TYPE, "comment.type-unknown", type)));
            }
        }
        return new NewComment(trim(document), trim(clause), commentType, trim(comment), trim(proposedChange), trim(name), trim(organisation),
                trim(email), Boolean.TRUE.equals(consent) ? (privacyNoticeVersion == null ? "" : privacyNoticeVersion.strip()) : null,
                Boolean.TRUE.equals(publishName));
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
