package th.go.dga.standards.hearing;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.registry.StandardRegistry;
import th.go.dga.standards.security.Caller;

/**
 * Who reads a hearing's comments, with their authors' names and addresses, and answers them: the people who run the
 * standard's project, the secretariat and the standard's working group. The comments API and the workspace's page of
 * comments both ask here, so that the two never disagree.
 */
@Component
public class CommentAnswerers {

    private final HearingService hearings;
    private final StandardRegistry registry;

    CommentAnswerers(HearingService hearings, StandardRegistry registry) {
        this.hearings = hearings;
        this.registry = registry;
    }

    /** The hearing and its standard, read once for the caller who may go on. */
    public record Project(Hearing hearing, Standard standard) {
    }

    /**
     * @throws th.go.dga.standards.validation.NotFoundException when there is no such hearing
     * @throws AccessDeniedException                             when the caller runs another project, or is the public
     */
    public Project ensureRunsProject(long hearingId, Caller caller) {
        Hearing hearing = hearings.get(hearingId);
        Standard standard = registry.get(hearing.standardId());
        if (!mayAnswer(caller, standard)) {
            throw new AccessDeniedException("the comments of hearing " + hearingId + " are for the secretariat and " + standard.workingGroup());
        }
        return new Project(hearing, standard);
    }

    /** The rule itself: the secretariat, or a member of the standard's working group. */
    public static boolean mayAnswer(Caller caller, Standard standard) {
        return caller.runsProjectOf(standard.workingGroup());
    }
}
