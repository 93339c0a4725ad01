package th.go.dga.standards.signature;

/**
 * Who signs for the agency, each with a key of its own: the director signs the announcements of community standards
 * (มสพร.), the chairman of the Digital Government Development Committee those of digital government standards (มรด.).
 */
public enum SigningRole {

    DIRECTOR("director", "ผู้อำนวยการสำนักงานพัฒนารัฐบาลดิจิทัล", "Director of the Digital Government Development Agency"),
    CHAIRMAN("chairman", "ประธานกรรมการพัฒนารัฐบาลดิจิทัล", "Chairman of the Digital Government Development Committee");

    private final String key;
    private final String titleThai;
    private final String titleEnglish;

    SigningRole(String key, String titleThai, String titleEnglish) {
        this.key = key;
        this.titleThai = titleThai;
        this.titleEnglish = titleEnglish;
    }

    /** The role's name in the settings ({@code standards.signature.keys.director}) and in file names. */
    public String key() {
        return key;
    }

    public String titleThai() {
        return titleThai;
    }

    public String titleEnglish() {
        return titleEnglish;
    }
}
