package th.go.dga.standards.document;

import java.util.EnumSet;
import java.util.Set;

import th.go.dga.standards.hearing.HearingStatus;
import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.registry.StandardStatus;
import th.go.dga.standards.security.Caller;

/**
 * Who may read and who may upload documents.
 * <p>
 * The public reads the documents of a hearing once it has opened (and after it closed: the FAQ and the slides stay
 * up), and those of a standard once it is signed and published, in force, or superseded. Everything else (drafts
 * before their hearing, a cancelled hearing) is for users of the system only. Uploads are for the secretariat and
 * the working group of the standard.
 */
public final class DocumentAccess {

    private static final Set<StandardStatus> PUBLIC_STANDARDS = EnumSet.of(StandardStatus.PUBLISHED, StandardStatus.IN_FORCE, StandardStatus.SUPERSEDED);
    private static final Set<HearingStatus> PUBLIC_HEARINGS = EnumSet.of(HearingStatus.OPEN, HearingStatus.CLOSED);

    private DocumentAccess() {
    }

    public static boolean isPublic(StandardStatus status) {
        return PUBLIC_STANDARDS.contains(status);
    }

    public static boolean isPublic(HearingStatus status) {
        return PUBLIC_HEARINGS.contains(status);
    }

    /** Whether the caller may see the documents of an owner that is, or is not, public. */
    public static boolean mayRead(Caller caller, boolean ownerIsPublic) {
        return ownerIsPublic || caller.isAuthenticated();
    }

    /** Whether the caller may upload a document of this standard or of one of its hearings. */
    public static boolean mayUpload(Caller caller, Standard standard) {
        return caller.runsProjectOf(standard.workingGroup());
    }
}
