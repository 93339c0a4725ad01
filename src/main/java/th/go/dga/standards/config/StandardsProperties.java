package th.go.dga.standards.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;
import org.springframework.boot.context.properties.bind.DefaultValue;

import th.go.dga.standards.demo.DemoSettings;
import th.go.dga.standards.document.DocumentSettings;
import th.go.dga.standards.hearing.HearingSettings;
import th.go.dga.standards.notification.MailSettings;
import th.go.dga.standards.privacy.PrivacySettings;
import th.go.dga.standards.security.LimitSettings;
import th.go.dga.standards.signature.SignatureSettings;
import th.go.dga.standards.subscription.SubscriptionSettings;
import th.go.dga.standards.voting.VotingSettings;

/**
 * The application's own settings, under {@code standards.*}: the one root of them. Each part is a record of the module
 * that reads it, and a bean of its own (see {@link SettingsParts}), so that a module depends on its settings and not on
 * this wiring. Every setting has a default that works.
 *
 * @param hearing       how hearings are scheduled
 * @param voting        how committees vote
 * @param demo          demo users and data for the embedded default
 * @param documents     where uploaded documents are kept and what is accepted
 * @param limits        what one address may do how often
 * @param privacy       how long the public's personal data is kept
 * @param mail          how the system's mail is addressed and retried
 * @param subscriptions when subscribers are reminded of hearings about to close
 * @param signature     the signing keys, the timestamp authority and the trust anchors of PAdES signatures
 */
@ConfigurationProperties("standards")
public record StandardsProperties(
        @DefaultValue @NestedConfigurationProperty HearingSettings hearing,
        @DefaultValue @NestedConfigurationProperty VotingSettings voting,
        @DefaultValue @NestedConfigurationProperty DemoSettings demo,
        @DefaultValue @NestedConfigurationProperty DocumentSettings documents,
        @DefaultValue @NestedConfigurationProperty LimitSettings limits,
        @DefaultValue @NestedConfigurationProperty PrivacySettings privacy,
        @DefaultValue @NestedConfigurationProperty MailSettings mail,
        @DefaultValue @NestedConfigurationProperty SubscriptionSettings subscriptions,
        @DefaultValue @NestedConfigurationProperty SignatureSettings signature) {
}
