package th.go.dga.standards.lifecycle;

import io.swagger.v3.oas.annotations.media.Schema;

/** Why a project is withdrawn. */
@Schema(name = "WithdrawalRequest")
public record WithdrawalRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "รวมกับโครงการ มสพร. 6 ส่วนที่ 4") String reason) {
}
