package th.go.dga.standards.workspace;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The refusals of the secretariat's pages (and of the paging of My work and of a hearing's comments), as pages a person
 * can read: 403 for a member of staff who is not of the secretariat, 400 for a request the page cannot answer, never
 * the error page of a failure.
 */
@ControllerAdvice(assignableTypes = {PipelinePages.class, CalendarPages.class, MyWorkPages.class, CommentTriagePages.class})
class SecretariatPages {

    /** Who may read the overview and the calendar. */
    static final String ALLOWED = "hasAnyAuthority('GROUP_secretariat', 'GROUP_admin')";

    private final MessageSource messages;

    SecretariatPages(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(AccessDeniedException.class)
    String forbidden(HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        model.addAttribute("refusal", messages.getMessage("work.refused.forbidden", null, LocaleContextHolder.getLocale()));
        return "work/refused";
    }

    @ExceptionHandler(PageRefused.class)
    String refused(PageRefused refused, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        // the same page as it opens without parameters, which it always can
        model.addAttribute("retry", request.getRequestURI().substring(request.getContextPath().length()));
        model.addAttribute("refusal", messages.getMessage(refused.messageKey(), refused.args(), LocaleContextHolder.getLocale()));
        return "work/refused";
    }
}
