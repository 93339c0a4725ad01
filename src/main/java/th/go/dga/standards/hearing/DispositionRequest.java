package th.go.dga.standards.hearing;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** The working group's answer to a comment. */
@Schema(name = "DispositionRequest")
public record DispositionRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"ACCEPTED", "PARTLY_ACCEPTED", "NOT_ACCEPTED", "NOTED"},
                example = "PARTLY_ACCEPTED") String disposition,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "ปรับข้อ 5.2 ให้อ้างอิงระดับ IAL แล้ว ส่วนตาราง AAL อยู่ในภาคผนวก") String response,
        @Schema(description = "clauses of the revised draft (the latest version sent as a Word file after the one heard) that answer "
                + "the comment; left out, those named before stay; empty, none", example = "[\"5.2\"]") List<String> answeredIn) {
}
