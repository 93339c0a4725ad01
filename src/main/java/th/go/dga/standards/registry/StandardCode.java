package th.go.dga.standards.registry;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import th.go.dga.standards.time.BuddhistEra;
import th.go.dga.standards.validation.InvalidInputException;
import th.go.dga.standards.validation.Violation;

/**
 * The code of a published standard: kind, number, optional part and Buddhist-era year.
 * <p>
 * The canonical form is {@code มสพร. 6-1 : 2566}, or {@code มสพร. 1 : 2564} without a part. Every spelling found on
 * the agency's pages parses to it: {@code มสพร. 1-2564}, {@code มสพร. 2-1:2564}, {@code มสพร. 6-1 : 2566},
 * {@code มรด. 12001:2563}, {@code มรด-12001:2563}, also with Thai digits.
 */
public record StandardCode(StandardKind kind, int number, Integer part, int year) implements Comparable<StandardCode> {

    private static final Pattern SPELLING = Pattern.compile(
            "^(มสพร|มรด)\\s*\\.?\\s*[-–]?\\s*(\\d{1,5})(?:\\s*[-–]\\s*(\\d{1,3}))?\\s*[:\\-–]\\s*(\\d+)$");

    public StandardCode {
        Objects.requireNonNull(kind, "kind");
        if (number < 1) {
            throw new IllegalArgumentException("number must be positive: " + number);
        }
        if (part != null && part < 1) {
            throw new IllegalArgumentException("part must be positive: " + part);
        }
        if (!BuddhistEra.isPlausibleYear(year)) {
            throw new IllegalArgumentException("not a Buddhist-era year: " + year);
        }
    }

    /**
     * The code a standard takes when it is signed: its kind, number and part, and the Buddhist-era year of the day of
     * signing — not of its registration, nor of its publication in the Royal Gazette.
     */
    public static StandardCode signedOn(StandardKind kind, int number, Integer part, LocalDate dayOfSigning) {
        return new StandardCode(kind, number, part, BuddhistEra.yearOf(dayOfSigning));
    }

    /**
     * Parses any known spelling of a code.
     *
     * @param text  the code as written
     * @param field the input field it came from, named in the error
     * @throws InvalidInputException when the text is not a code, or its year is not a Buddhist-era year
     */
    public static StandardCode parse(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(Violation.of(field, "code.required"));
        }
        String normalised = BuddhistEra.arabicDigits(text.strip()).replace('\u00a0', ' ');
        Matcher m = SPELLING.matcher(normalised);
        if (!m.matches()) {
            throw new InvalidInputException(Violation.of(field, "code.malformed", text.strip()));
        }
        StandardKind kind = m.group(1).equals("มสพร") ? StandardKind.MSPR : StandardKind.MRD;
        int number = Integer.parseInt(m.group(2));
        Integer part = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        String yearText = m.group(4);
        if (yearText.length() != 4 || !BuddhistEra.isPlausibleYear(Integer.parseInt(yearText))) {
            throw new InvalidInputException(Violation.of(field, "code.year", yearText));
        }
        if (number < 1 || (part != null && part < 1)) {
            throw new InvalidInputException(Violation.of(field, "code.malformed", text.strip()));
        }
        return new StandardCode(kind, number, part, Integer.parseInt(yearText));
    }

    public static StandardCode parse(String text) {
        return parse(text, "code");
    }

    /** The canonical spelling, {@code มสพร. 6-1 : 2566}. */
    public String format() {
        return kind.prefix() + " " + number + (part == null ? "" : "-" + part) + " : " + year;
    }

    /** The spelling used in file names and addresses, {@code MSPR-6-1-2566}. */
    public String slug() {
        return kind.name() + "-" + number + (part == null ? "" : "-" + part) + "-" + year;
    }

    @Override
    public String toString() {
        return format();
    }

    @Override
    public int compareTo(StandardCode other) {
        int c = kind.compareTo(other.kind);
        if (c == 0) c = Integer.compare(number, other.number);
        if (c == 0) c = Integer.compare(part == null ? 0 : part, other.part == null ? 0 : other.part);
        if (c == 0) c = Integer.compare(year, other.year);
        return c;
    }
}
