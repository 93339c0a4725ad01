package th.go.dga.standards.notification;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import th.go.dga.standards.time.DateText;

/**
 * Mails as plain text from Thymeleaf text templates in {@code templates/mail/}: {@code <name>.txt} in Thai and
 * {@code <name>_en.txt} in English. Plain text cannot carry markup, so what the public wrote stays inert. The first
 * line of a template is the subject.
 */
@Component
class MailTemplates {

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final DateText dates;

    MailTemplates(MessageSource messages, DateText dates) {
        this.dates = dates;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
    }

    record Rendered(String subject, String body) {
    }

    Rendered render(Mail mail) {
        String name = mail.to().english() && new ClassPathResource("templates/mail/" + mail.template() + "_en.txt").exists()
                ? mail.template() + "_en" : mail.template();
        Map<String, Object> model = new HashMap<>(mail.model());
        model.put("dates", dates);
        model.put("to", mail.to());
        model.put("link", mail.link());
        model.put("unsubscribe", mail.unsubscribe());
        Locale previous = LocaleContextHolder.getLocale();
        LocaleContextHolder.setLocale(mail.to().locale());
        try {
            String text = engine.process(name, new Context(mail.to().locale(), model)).replace("\r\n", "\n").strip();
            int end = text.indexOf('\n');
            if (end < 0) {
                throw new IllegalStateException("mail template " + name + " has a subject and no body");
            }
            return new Rendered(text.substring(0, end).strip(), text.substring(end + 1).strip() + "\n");
        } finally {
            LocaleContextHolder.setLocale(previous);
        }
    }
}
