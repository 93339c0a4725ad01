package th.go.dga.standards.site;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.ResponseCookie;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * A visitor's choice of cookies, kept in a strictly necessary cookie of its own. Strictly necessary cookies (the
 * session, the CSRF token, the language, this choice) are always on; performance, functional and targeting cookies
 * only once chosen. Until a choice is made, none of them is set and the banner asks.
 *
 * @param decided whether the visitor has chosen
 */
public record CookieConsent(boolean decided, boolean performance, boolean functional, boolean targeting) {

    static final String COOKIE = "cookie_consent";
    private static final Pattern VALUE = Pattern.compile("^v1\\.p([01])f([01])t([01])$");
    private static final CookieConsent UNDECIDED = new CookieConsent(false, false, false, false);

    static CookieConsent of(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName())) {
                    Matcher m = VALUE.matcher(cookie.getValue());
                    if (m.matches()) {
                        return new CookieConsent(true, m.group(1).equals("1"), m.group(2).equals("1"), m.group(3).equals("1"));
                    }
                }
            }
        }
        return UNDECIDED;
    }

    static CookieConsent all() {
        return new CookieConsent(true, true, true, true);
    }

    static CookieConsent chosen(boolean performance, boolean functional, boolean targeting) {
        return new CookieConsent(true, performance, functional, targeting);
    }

    ResponseCookie cookie(boolean secure) {
        String value = "v1.p" + bit(performance) + "f" + bit(functional) + "t" + bit(targeting);
        return ResponseCookie.from(COOKIE, value).path("/").maxAge(Duration.ofDays(365)).httpOnly(true).sameSite("Lax").secure(secure).build();
    }

    private static String bit(boolean on) {
        return on ? "1" : "0";
    }
}
