package th.go.dga.standards.signing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import th.go.dga.standards.time.BuddhistEra;
import th.go.dga.standards.validation.InvalidInputException;
import th.go.dga.standards.validation.Violation;

/**
 * The number of a DGA announcement, {@code ม 3/2566}: a running number within a Buddhist-era year.
 */
public record AnnouncementNumber(int number, int year) {

    private static final Pattern SPELLING = Pattern.compile("^(?:ประกาศ\\s*สพร\\.?\\s*)?(?:เลขที่\\s*)?ม\\s*\\.?\\s*(\\d{1,4})\\s*/\\s*(\\d{4})$");

    public AnnouncementNumber {
        if (number < 1) {
            throw new IllegalArgumentException("announcement numbers start at 1: " + number);
        }
        if (!BuddhistEra.isPlausibleYear(year)) {
            throw new IllegalArgumentException("not a Buddhist-era year: " + year);
        }
    }

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

    /** {@code ม 3/2566}. */
    public String format() {
        return "ม " + number + "/" + year;
    }

    @Override
    public String toString() {
        return format();
    }
}
