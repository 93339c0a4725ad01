package th.go.dga.standards.signing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import th.go.dga.standards.time.BuddhistEra;
import th.go.dga.standards.validation.InvalidInputException;
import th.go.dga.standards.validation.Violation;

/**
 * The number of an announcement: a running number within a Buddhist-era year of its issuer's series, the DGA's
 * {@code ม 3/2566} or the committee's {@code 1/2569} (written "ที่ 1/2569" after its heading).
 */
public record AnnouncementNumber(AnnouncementIssuer issuer, int number, int year) {

    private static final Pattern SPELLING = Pattern.compile("^(?:ประกาศ\\s*สพร\\.?\\s*)?(?:เลขที่\\s*)?ม\\s*\\.?\\s*(\\d{1,4})\\s*/\\s*(\\d{4})$");

    private static final Pattern KEY = Pattern.compile("^(DGA|DGDC)-(\\d{4})-(\\d{1,4})$");

    /** A number of the DGA's series. */
    public AnnouncementNumber(int number, int year) {
        this(AnnouncementIssuer.DGA, number, year);
    }

    public AnnouncementNumber {
        if (issuer == null) {
            throw new IllegalArgumentException("an announcement number belongs to an issuer's series");
        }
        if (number < 1) {
            throw new IllegalArgumentException("announcement numbers start at 1: " + number);
        }
        if (!BuddhistEra.isPlausibleYear(year)) {
            throw new IllegalArgumentException("not a Buddhist-era year: " + year);
        }
    }

    /** Reads a number of the DGA's series as people write it: "ม 3/2566", "ประกาศ สพร. เลขที่ ม ๓/๒๕๖๖". */
    public static AnnouncementNumber parse(String text, String field) {
        Matcher m = text == null ? null : SPELLING.matcher(BuddhistEra.arabicDigits(text.strip()));
        if (m == null || !m.matches()) {
            throw new InvalidInputException(Violation.of(field, "announcement.malformed", text == null ? "" : text.strip()));
        }
        int year = Integer.parseInt(m.group(2));
        if (!BuddhistEra.isPlausibleYear(year)) {
            throw new InvalidInputException(Violation.of(field, "code.year", m.group(2)));
        }
        return new AnnouncementNumber(Integer.parseInt(m.group(1)), year);
    }

    /** {@code ม 3/2566}, or {@code 1/2569} in the committee's series. */
    public String format() {
        return issuer.prefix() + number + "/" + year;
    }

    /** The number as a link names it: {@code DGA-2566-3}, {@code DGDC-2569-1}. */
    public String key() {
        return issuer.name() + "-" + year + "-" + number;
    }

    /**
     * Reads a number as a link names it ({@link #key()}).
     *
     * @throws InvalidInputException naming {@code field} when it is not one
     */
    public static AnnouncementNumber ofKey(String key, String field) {
        Matcher m = key == null ? null : KEY.matcher(key.strip());
        if (m == null || !m.matches() || !BuddhistEra.isPlausibleYear(Integer.parseInt(m.group(2))) || Integer.parseInt(m.group(3)) < 1) {
            throw new InvalidInputException(Violation.of(field, "announcement.malformed", key == null ? "" : key.strip()));
        }
        return new AnnouncementNumber(AnnouncementIssuer.valueOf(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)));
    }

    /** As the title line writes it after the issuer: "เลขที่ ม 3/2566", "ที่ 1/2569". */
    public String reference() {
        return issuer.numberWord() + " " + format();
    }

    @Override
    public String toString() {
        return format();
    }
}
