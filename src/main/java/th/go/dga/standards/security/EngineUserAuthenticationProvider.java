package th.go.dga.standards.security;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks a user name and password against the engine's identity store, the one user store of the product, and
 * grants the user's groups as authorities.
 */
@Component
class EngineUserAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identityService;

    EngineUserAuthenticationProvider(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        if (userId == null || userId.isBlank() || !identityService.checkPassword(userId, password)) {
            throw new BadCredentialsException("bad credentials");
        }
        List<SimpleGrantedAuthority> authorities = groupsOf(userId).stream().map(g -> new SimpleGrantedAuthority(Groups.authority(g))).toList();
        return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
    }

    List<String> groupsOf(String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
