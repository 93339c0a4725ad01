package th.go.dga.standards.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
 * Each part of {@link StandardsProperties} as a bean of its own, named so that schedules can read it
 * ({@code #{@mailSettings.reminderCron()}}).
 */
@Configuration(proxyBeanMethods = false)
class SettingsParts {

    @Bean
    HearingSettings hearingSettings(StandardsProperties standards) {
        return standards.hearing();
    }

    @Bean
    VotingSettings votingSettings(StandardsProperties standards) {
        return standards.voting();
    }

    @Bean
    DemoSettings demoSettings(StandardsProperties standards) {
        return standards.demo();
    }

    @Bean
    DocumentSettings documentSettings(StandardsProperties standards) {
        return standards.documents();
    }

    @Bean
    LimitSettings limitSettings(StandardsProperties standards) {
        return standards.limits();
    }

    @Bean
    PrivacySettings privacySettings(StandardsProperties standards) {
        return standards.privacy();
    }

    @Bean
    MailSettings mailSettings(StandardsProperties standards) {
        return standards.mail();
    }

    @Bean
    SubscriptionSettings subscriptionSettings(StandardsProperties standards) {
        return standards.subscriptions();
    }

    @Bean
    SignatureSettings signatureSettings(StandardsProperties standards) {
        return standards.signature();
    }
}
