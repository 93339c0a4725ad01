package th.go.dga.standards.notification;

import java.time.Instant;

/**
 * A mail in the notification log.
 */
public record Notification(
        long id,
        String key,
        String kind,
        String recipient,
        String recipientName,
        String locale,
        String subject,
        String body,
        String link,
        String calendar,
        String unsubscribe,
        String messageId,
        NotificationStatus status,
        int attempts,
        String lastError,
        Instant createdAt,
        Instant sentAt) {
}
