package th.go.dga.standards.pdf;

import java.nio.charset.StandardCharsets;

import org.springframework.context.support.GenericApplicationContext;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import th.go.dga.standards.time.DateText;

/**
 * {@link ThaiPdf} without the application: the templates from the classpath, the site's messages and {@code @dates},
 * for tests and benchmarks that render PDFs and nothing else.
 */
public final class StandalonePdf {

    private StandalonePdf() {
    }

    public static ThaiPdf create() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/messages", "i18n/site");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        GenericApplicationContext application = new GenericApplicationContext();
        application.registerBean("dates", DateText.class);
        application.registerBean("messageSource", ResourceBundleMessageSource.class, () -> messages);
        application.refresh();
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        SpringTemplateEngine templates = new SpringTemplateEngine();
        templates.setTemplateResolver(resolver);
        templates.setTemplateEngineMessageSource(messages);
        return new ThaiPdf(templates, application);
    }
}
