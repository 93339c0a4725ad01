package th.go.dga.standards.site;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import th.go.dga.standards.validation.NotFoundException;
import th.go.dga.standards.validation.TooManyRequestsException;

/**
 * What every page of the site and of the staff's workspace has: the visitor's cookie choices and the address of the page in the other language;
 * and the pages shown when something cannot be found or an address has sent too much.
 */
// the staff's workspace shares the site's pages and their layout
@ControllerAdvice(basePackages = {"th.go.dga.standards.site", "th.go.dga.standards.workspace"})
class SitePages {

    @ModelAttribute("consent")
    CookieConsent consent(HttpServletRequest request) {
        return CookieConsent.of(request);
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(HttpServletRequest request, Model model) {
        model.addAttribute("consent", CookieConsent.of(request));
        model.addAttribute("currentPath", currentPath(request));
        return "error/404";
    }

    @ExceptionHandler(TooManyRequestsException.class)
    String tooMany(TooManyRequestsException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()));
        model.addAttribute("retryAfter", e.retryAfterSeconds());
        model.addAttribute("consent", CookieConsent.of(request));
        model.addAttribute("currentPath", currentPath(request));
        return "error/429";
    }
}
