package th.go.dga.standards.privacy;

import java.time.Period;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the public's personal data is kept, under {@code standards.privacy}.
 *
 * @param retention     how long after a hearing has closed the names, organisations and addresses of its commenters
 *                      and registrants are kept; then comments are anonymised and registrations removed
 * @param retentionCron when, in Bangkok time, the retention runs ("-" switches it off)
 */
public record PrivacySettings(@DefaultValue("P1Y") Period retention, @DefaultValue("0 30 2 * * *") String retentionCron) {
}
