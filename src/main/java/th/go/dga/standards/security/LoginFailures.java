package th.go.dga.standards.security;

import java.io.IOException;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Back to the login page, saying why: a wrong user name or password, or an address that must wait. */
@Component
class LoginFailures implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) throws IOException {
        if (exception instanceof LoginThrottledException throttled) {
            response.setHeader("Retry-After", String.valueOf(throttled.retryAfterSeconds()));
            response.sendRedirect(request.getContextPath() + "/login?wait=" + throttled.retryAfterSeconds());
        } else {
            response.sendRedirect(request.getContextPath() + "/login?error");
        }
    }
}
