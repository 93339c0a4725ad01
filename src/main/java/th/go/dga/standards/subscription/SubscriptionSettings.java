package th.go.dga.standards.subscription;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The announcements mailed to subscribers and stakeholders, under {@code standards.subscriptions}.
 *
 * @param reminderCron when, in Bangkok time, hearings about to close are looked for to remind subscribers ("-" switches
 *                     the scan off)
 */
public record SubscriptionSettings(@DefaultValue("0 */15 * * * *") String reminderCron) {
}
