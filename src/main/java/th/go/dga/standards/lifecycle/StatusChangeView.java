package th.go.dga.standards.lifecycle;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import th.go.dga.standards.registry.StatusChange;

/** One entry of a standard's audit timeline. */
@Schema(name = "StatusChange")
public record StatusChangeView(String from, @Schema(example = "HEARING_OPEN") String to, @Schema(example = "เปิดรับฟังความคิดเห็น") String toLabel,
                               @Schema(example = "somsri") String changedBy, Instant changedAt, String reason) {

    static StatusChangeView of(StatusChange c) {
        return new StatusChangeView(c.from() == null ? null : c.from().name(), c.to().name(), c.to().labelTh(), c.changedBy(), c.changedAt(), c.reason());
    }
}
