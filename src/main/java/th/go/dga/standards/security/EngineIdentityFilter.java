package th.go.dga.standards.security;

import java.io.IOException;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Tells the engine who is calling for the length of the request, so that the engine records the same user as the
 * API (who completed a task, who changed a status) and checks the same user's permissions.
 */
class EngineIdentityFilter extends OncePerRequestFilter {

    private final IdentityService identityService;

    EngineIdentityFilter(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || authentication.getAuthorities().isEmpty() && "anonymousUser".equals(authentication.getName())) {
            chain.doFilter(request, response);
            return;
        }
        identityService.setAuthentication(authentication.getName(), authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith(Groups.AUTHORITY_PREFIX))
                .map(a -> a.substring(Groups.AUTHORITY_PREFIX.length()))
                .toList());
        try {
            chain.doFilter(request, response);
        } finally {
            identityService.clearAuthentication();
        }
    }
}
