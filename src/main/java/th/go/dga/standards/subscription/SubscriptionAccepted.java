package th.go.dga.standards.subscription;

import io.swagger.v3.oas.annotations.media.Schema;

/** The answer to every well-formed subscription request, whether or not the address was subscribed before. */
@Schema(description = "A confirmation link has been mailed to the address, unless it is subscribed already")
record SubscriptionAccepted(
        @Schema(example = "somying@example.go.th") String email,
        @Schema(example = "โปรดยืนยันการรับข่าวสารจากลิงก์ในอีเมลที่ส่งไปยัง somying@example.go.th") String message) {
}
