package th.go.dga.standards.site;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import th.go.dga.standards.hearing.CommentService;

/**
 * The cookie notice with the visitor's cookie settings, and the privacy notice the comment and registration forms
 * ask consent to.
 */
@Controller
class NoticePages {

    private final CommentService comments;

    NoticePages(CommentService comments) {
        this.comments = comments;
    }

    @GetMapping("/cookies")
    String cookies() {
        return "cookies";
    }

    /**
     * Saves the visitor's choice and takes them back where they were.
     *
     * @param all    "accept all"
     * @param back   the page the choice was made on; only a path of this site is followed
     */
    @PostMapping("/cookies")
    String choose(@RequestParam(defaultValue = "false") boolean all, @RequestParam(defaultValue = "false") boolean performance,
                  @RequestParam(defaultValue = "false") boolean functional, @RequestParam(defaultValue = "false") boolean targeting,
                  @RequestParam(required = false) String back, HttpServletRequest request, HttpServletResponse response) {
        CookieConsent consent = all ? CookieConsent.all() : CookieConsent.chosen(performance, functional, targeting);
        response.addHeader(HttpHeaders.SET_COOKIE, consent.cookie(request.isSecure()).toString());
        return "redirect:" + (isLocalPath(back) ? back : "/cookies?saved");
    }

    @GetMapping("/privacy")
    String privacy(org.springframework.ui.Model model) {
        model.addAttribute("privacyNoticeVersion", comments.privacyNoticeVersion());
        return "privacy";
    }

    /** A path of this site: "/hearings/7", never "//elsewhere.example" or "https://…". */
    static boolean isLocalPath(String path) {
        return path != null && path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") && path.length() < 500
                && path.chars().noneMatch(c -> c < 0x20 || c == '\\');
    }
}
