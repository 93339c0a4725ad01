package th.go.dga.standards.security;

import java.util.Collection;
import java.util.Set;

/**
 * The groups whose members sign, vote or administer: the director, the chairman, the committee, the drafting
 * committee, every technical working group ({@code twg-…}) and the administrators. No single person adds a member to
 * one, nor resets the password of someone who is in one: that would let them sign, vote or widen their own powers.
 * The ids are the rule, not a type an administrator could change.
 */
public final class ProtectedGroups {

    static final Set<String> NAMED = Set.of(Groups.DIRECTOR, Groups.DGDC_CHAIR, Groups.DGDC, Groups.DRAFTING_COMMITTEE, Groups.ADMIN,
            org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN);

    /** The prefix of every technical working group's id: each votes on the drafts of its domain. */
    public static final String TECHNICAL_WORKING_GROUP_PREFIX = "twg-";

    private ProtectedGroups() {
    }

    public static boolean isProtected(String groupId) {
        return groupId != null && (NAMED.contains(groupId) || groupId.startsWith(TECHNICAL_WORKING_GROUP_PREFIX));
    }

    /** Whether any of these groups is protected: a member of one is protected too. */
    public static boolean anyProtected(Collection<String> groupIds) {
        return groupIds.stream().anyMatch(ProtectedGroups::isProtected);
    }
}
