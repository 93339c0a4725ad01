package th.go.dga.standards.signing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a signed announcement is issued.
 *
 * @param retryCycle how issuing is retried by the job executor when it fails after the signer has confirmed (the
 *                   timestamp authority unreachable): ISO 8601 repeat, {@code R6/PT10M} is six more tries after the
 *                   first, ten minutes apart; when the last fails, the issuing becomes an incident and nothing is
 *                   published
 */
@ConfigurationProperties("standards.announcements")
public record AnnouncementSettings(@DefaultValue("R6/PT10M") String retryCycle) {

    public AnnouncementSettings {
        if (retryCycle == null || !retryCycle.matches("R\\d{1,3}/P(T\\d+[HMS]|\\d+D)")) {
            throw new IllegalArgumentException("standards.announcements.retry-cycle is an ISO 8601 repeat such as R6/PT10M, not " + retryCycle);
        }
    }
}
