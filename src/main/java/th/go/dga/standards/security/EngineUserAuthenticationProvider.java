package th.go.dga.standards.security;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import th.go.dga.standards.engine.EngineAccess;

/**
 * Checks a user name and password against the engine's identity store, the one user store of the product, and
 * grants the user's groups as authorities. Wrong passwords are counted by address: an address past its limit
 * waits, whoever it tries to log in as, and nobody's account is locked by what others type.
 */
@Component
class EngineUserAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identityService;
    private final AddressLimits limits;

    EngineUserAuthenticationProvider(IdentityService identityService, AddressLimits limits) {
        this.identityService = identityService;
        this.limits = limits;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : "unknown";
        AddressLimits.Verdict verdict = limits.check(AddressLimits.Purpose.FAILED_LOGIN, address);
        if (!verdict.allowed()) {
            throw new LoginThrottledException(verdict.retryAfterSeconds());
        }
        String userId = authentication.getName();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        if (userId == null || userId.isBlank() || !identityService.checkPassword(userId, password)) {
            limits.take(AddressLimits.Purpose.FAILED_LOGIN, address);
            throw new BadCredentialsException("bad credentials");
        }
        List<SimpleGrantedAuthority> authorities = identityService.createGroupQuery().groupMember(userId).listPage(0, EngineAccess.MAX_RESULTS).stream()
                .map(Group::getId).map(g -> new SimpleGrantedAuthority(Groups.authority(g))).toList();
        return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
