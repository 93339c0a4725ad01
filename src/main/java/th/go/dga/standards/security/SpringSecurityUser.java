package th.go.dga.standards.security;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Hands the user Spring Security has authenticated to the Camunda webapps and the engine REST API, so that one login
 * serves the site, the API, Tasklist, Cockpit and Admin.
 */
public class SpringSecurityUser extends ContainerBasedAuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || authentication instanceof AnonymousAuthenticationToken) {
            return AuthenticationResult.unsuccessful();
        }
        AuthenticationResult result = AuthenticationResult.successful(authentication.getName());
        List<String> groups = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith(Groups.AUTHORITY_PREFIX)).map(a -> a.substring(Groups.AUTHORITY_PREFIX.length())).toList();
        result.setGroups(groups);
        return result;
    }
}
