package th.go.dga.standards.security;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who is asking: a user of the system with their groups, or the anonymous public.
 *
 * @param userId the user, or null for the public
 * @param groups the user's groups ({@code secretariat}, {@code wg-process}, …)
 */
public record Caller(String userId, Set<String> groups) {

    public static final Caller ANONYMOUS = new Caller(null, Set.of());

    public Caller {
        groups = Set.copyOf(groups);
    }

    /** The caller Spring Security has authenticated, or the public. */
    public static Caller of(Authentication authentication) {
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken || !authentication.isAuthenticated()) {
            return ANONYMOUS;
        }
        return new Caller(authentication.getName(), authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith(Groups.AUTHORITY_PREFIX))
                .map(a -> a.substring(Groups.AUTHORITY_PREFIX.length()))
                .collect(Collectors.toSet()));
    }

    public boolean isAuthenticated() {
        return userId != null;
    }

    public boolean isIn(String group) {
        return group != null && groups.contains(group);
    }

    /**
     * Whether the caller runs the project of this working group: the secretariat, or a member of the working group.
     * Uploads, comments and their answers of a project are theirs.
     */
    public boolean runsProjectOf(String workingGroup) {
        return isAuthenticated() && (isIn(Groups.SECRETARIAT) || isIn(workingGroup));
    }
}
