package th.go.dga.standards.config;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import jakarta.servlet.http.HttpServletRequest;
import th.go.dga.standards.validation.Messages;

/**
 * Thai by default. The site switches to English with {@code ?lang=en}, remembered in the {@code lang} cookie (a
 * strictly necessary cookie: it keeps a choice the visitor made); the API follows {@code Accept-Language}.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final String LANGUAGE_PARAMETER = "lang";
    static final List<Locale> SUPPORTED = List.of(Messages.THAI, Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver acceptHeader = new AcceptHeaderLocaleResolver();
        acceptHeader.setSupportedLocales(SUPPORTED);
        acceptHeader.setDefaultLocale(Messages.THAI);
        CookieLocaleResolver resolver = new CookieLocaleResolver(LANGUAGE_PARAMETER) {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                // a client of the API says which language it wants in every request
                return isApi(request) ? acceptHeader.resolveLocale(request) : supported(super.resolveLocale(request));
            }

            @Override
            public LocaleContext resolveLocaleContext(HttpServletRequest request) {
                // what LocaleContextHolder holds while the request is answered: the same language as above
                return isApi(request) ? new SimpleLocaleContext(acceptHeader.resolveLocale(request)) : super.resolveLocaleContext(request);
            }
        };
        resolver.setDefaultLocale(Messages.THAI);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        resolver.setCookieHttpOnly(true);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName(LANGUAGE_PARAMETER);
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change).excludePathPatterns("/api/**");
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.equals("/api") || path.startsWith("/v3/api-docs");
    }

    private static Locale supported(Locale locale) {
        return SUPPORTED.stream().filter(s -> s.getLanguage().equals(locale.getLanguage())).findFirst().orElse(Messages.THAI);
    }
}
