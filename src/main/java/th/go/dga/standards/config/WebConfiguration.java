package th.go.dga.standards.config;

import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

import th.go.dga.standards.validation.Messages;

/**
 * Thai by default, English for callers who ask for it with {@code Accept-Language}.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    @Bean
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(List.of(Messages.THAI, Locale.ENGLISH));
        resolver.setDefaultLocale(Messages.THAI);
        return resolver;
    }
}
