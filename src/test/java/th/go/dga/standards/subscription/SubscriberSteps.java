package th.go.dga.standards.subscription;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import th.go.dga.standards.notification.Notification;
import th.go.dga.standards.notification.Notifications;

import static org.assertj.core.api.Assertions.assertThat;

/** A subscriber's steps, done through the service, and what their mails say. */
final class SubscriberSteps {

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

    private final Subscriptions subscriptions;
    private final Notifications notifications;

    SubscriberSteps(Subscriptions subscriptions, Notifications notifications) {
        this.subscriptions = subscriptions;
        this.notifications = notifications;
    }

    /** Subscribes and confirms with the link of the confirmation mail. */
    Subscription confirmed(String email, String locale) {
        subscriptions.subscribe(email, locale, "1.0");
        return subscriptions.confirm(tokenOfConfirmation(email)).orElseThrow();
    }

    /** The token of the link in the latest confirmation mail to the address. */
    String tokenOfConfirmation(String email) {
        List<Notification> mails = notifications.log(null, email, Subscriptions.CONFIRMATION, 10);
        assertThat(mails).as("confirmation mails to %s", email).isNotEmpty();
        return token(mails.get(0).body());
    }

    static String token(String text) {
        Matcher matcher = TOKEN.matcher(text);
        assertThat(matcher.find()).as("a link with a token in %s", text).isTrue();
        return matcher.group(1);
    }
}
