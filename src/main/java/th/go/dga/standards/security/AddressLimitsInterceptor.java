package th.go.dga.standards.security;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import th.go.dga.standards.validation.TooManyRequestsException;

/**
 * Counts the public's calls of the handlers marked {@link LimitedPerAddress}, every call whether or not it
 * succeeds, and refuses those past the limit of their address.
 */
@Configuration(proxyBeanMethods = false)
class AddressLimitsInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    private final AddressLimits limits;

    AddressLimitsInterceptor(AddressLimits limits) {
        this.limits = limits;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || isLoggedIn()) {
            return true;
        }
        LimitedPerAddress limited = method.getMethodAnnotation(LimitedPerAddress.class);
        if (limited != null) {
            AddressLimits.Verdict verdict = limits.take(limited.value(), request.getRemoteAddr());
            if (!verdict.allowed()) {
                throw new TooManyRequestsException(verdict.retryAfterSeconds());
            }
        }
        return true;
    }

    private static boolean isLoggedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated() && !(authentication instanceof AnonymousAuthenticationToken);
    }
}
