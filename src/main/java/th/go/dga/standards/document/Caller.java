package th.go.dga.standards.document;

import java.util.Set;

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

    public boolean isAuthenticated() {
        return userId != null;
    }

    public boolean isIn(String group) {
        return group != null && groups.contains(group);
    }
}
