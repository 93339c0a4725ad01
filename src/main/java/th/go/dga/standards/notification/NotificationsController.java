package th.go.dga.standards.notification;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import th.go.dga.standards.security.Groups;
import th.go.dga.standards.time.BuddhistEra;
import th.go.dga.standards.validation.EnumParameter;
import th.go.dga.standards.validation.InvalidInputException;
import th.go.dga.standards.validation.NotFoundException;
import th.go.dga.standards.validation.Violation;

/**
 * The notification log for the secretariat: what was sent to whom, when, and what failed.
 */
@RestController
@RequestMapping("/api/notifications")
@Tag(name = "Notifications", description = "Every mail the system sent, is trying to send, or kept in the outbox. Secretariat only.")
@SecurityRequirement(name = "basic")
@PreAuthorize(Groups.IS_SECRETARIAT)
class NotificationsController {

    private final Notifications notifications;

    NotificationsController(Notifications notifications) {
        this.notifications = notifications;
    }

    /**
     * A mail in the log.
     */
    record NotificationView(
            @Schema(example = "42") long id,
            @Schema(example = "task:4f1c…:prasert") String key,
            @Schema(example = "TASK") String kind,
            @Schema(example = "prasert@example.go.th") String recipient,
            @Schema(example = "งานรอท่าน: ลงมติ – (ร่าง) มสพร. 21") String subject,
            @Schema(example = "SENT") NotificationStatus status,
            @Schema(description = "tries so far", example = "1") int attempts,
            @Schema(description = "why the last try failed", example = "MailConnectException: Couldn't connect to host") String lastError,
            @Schema(example = "2026-11-27T09:00:00+07:00") OffsetDateTime createdAt,
            @Schema(example = "2026-11-27T09:00:02+07:00") OffsetDateTime sentAt,
            @Schema(description = "the body; only when one mail is asked for") String body) {

        static NotificationView of(Notification n, boolean withBody) {
            return new NotificationView(n.id(), n.key(), n.kind(), n.recipient(), n.subject(), n.status(), n.attempts(), n.lastError(),
                    n.createdAt().atZone(BuddhistEra.BANGKOK).toOffsetDateTime(),
                    n.sentAt() == null ? null : n.sentAt().atZone(BuddhistEra.BANGKOK).toOffsetDateTime(), withBody ? n.body() : null);
        }
    }

    @GetMapping
    @Operation(summary = "The notification log, newest first", description = "Filter by what became of a mail (QUEUED, SENT, RECORDED "
            + "when no mail server is configured, FAILED after the last try) and by kind.")
    @ApiResponse(responseCode = "200", description = "The mails, newest first")
    @ApiResponse(responseCode = "422", description = "A filter that is not one of the values, or a limit out of range")
    @ApiResponse(responseCode = "403", description = "Only the secretariat reads the log")
    List<NotificationView> log(@Parameter(example = "FAILED") @RequestParam(required = false) String status,
                               @Parameter(example = "TASK") @RequestParam(required = false) String kind,
                               @Parameter(description = "at most this many, up to 500", example = "100") @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 500) {
            throw new InvalidInputException(Violation.of("limit", "notification.limit", 500));
        }
        return notifications.log(EnumParameter.parse(NotificationStatus.class, "status", status), null,
                        kind == null || kind.isBlank() ? null : kind.strip(), limit)
                .stream().map(n -> NotificationView.of(n, false)).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One mail, with its body")
    @ApiResponse(responseCode = "200", description = "The mail")
    @ApiResponse(responseCode = "403", description = "Only the secretariat reads the log")
    @ApiResponse(responseCode = "404", description = "No such mail")
    NotificationView one(@Parameter(example = "42") @PathVariable long id) {
        return notifications.find(id).map(n -> NotificationView.of(n, true))
                .orElseThrow(() -> new NotFoundException("notification.not-found", id));
    }
}
