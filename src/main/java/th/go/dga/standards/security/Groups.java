package th.go.dga.standards.security;

/**
 * The engine groups the API checks, as Spring Security authorities ({@code GROUP_secretariat}).
 */
public final class Groups {

    public static final String AUTHORITY_PREFIX = "GROUP_";

    public static final String SECRETARIAT = "secretariat";
    public static final String DRAFTING_COMMITTEE = "drafting-committee";
    public static final String DIRECTOR = "director";
    public static final String DGDC = "dgdc";
    public static final String DGDC_CHAIR = "dgdc-chair";
    public static final String ADMIN = "admin";

    /** Expressions for {@code @PreAuthorize}. */
    public static final String IS_SECRETARIAT = "hasAuthority('GROUP_secretariat')";

    private Groups() {
    }

    public static String authority(String groupId) {
        return AUTHORITY_PREFIX + groupId;
    }
}
