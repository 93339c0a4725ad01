package th.go.dga.standards.draft;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clause numbers as people type them at the start of a paragraph ({@code 4.2}, {@code 4.2.1.}, {@code ข้อ ๑},
 * {@code ๔.๒}), and as Word's list numbering renders them, brought to one spelling: Arabic digits and dots, no
 * "ข้อ", no trailing dot.
 */
final class ClauseNumbers {

    /**
     * At most three digits a part: a paragraph that opens with a year ({@code 2567 เป็นปีที่...}) or an amount is not
     * a clause.
     */
    private static final String NUMBER = "[0-9๐-๙]{1,3}(?:\\.[0-9๐-๙]{1,3})*";

    /** "ข้อ" may be followed by the text straight away, as Thai regulations write it; a bare number needs a space. */
    private static final Pattern TYPED = Pattern.compile("(?:(ข้อ)\\s*)?(" + NUMBER + ")\\.?(?![0-9๐-๙.])(\\s+)?");

    private static final Pattern LABEL = Pattern.compile("(?:ข้อ\\s*)?(" + NUMBER + ")\\.?");

    /** A paragraph's text split into its clause number and what follows it. */
    record Numbered(String number, String rest) {
    }

    private ClauseNumbers() {
    }

    /**
     * The clause number the text opens with, or {@code null}. A number alone ({@code "4.2"}) is not taken, "ข้อ" and a
     * number alone ({@code "ข้อ ๑"}) is.
     */
    static Numbered atStart(String text) {
        Matcher m = TYPED.matcher(text);
        if (!m.lookingAt()) {
            return null;
        }
        boolean spelledOut = m.group(1) != null;
        boolean spaced = m.group(3) != null;
        String rest = text.substring(m.end());
        if (!spelledOut && (!spaced || rest.isEmpty())) {
            return null;
        }
        return new Numbered(arabic(m.group(2)), rest.strip());
    }

    /** The clause number a list label is ({@code "4.2."}, {@code "ข้อ 4"}), or {@code null} for {@code "(1)"}, {@code "ก."}. */
    static String ofLabel(String label) {
        Matcher m = LABEL.matcher(label.strip());
        return m.matches() ? arabic(m.group(1)) : null;
    }

    /** {@code "๔.๐๒"} becomes {@code "4.2"}. */
    static String arabic(String number) {
        StringBuilder out = new StringBuilder(number.length());
        int part = 0;
        boolean inPart = false;
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c == '.') {
                out.append(part).append('.');
                part = 0;
                inPart = false;
            } else {
                part = part * 10 + Character.digit(c, 10);
                inPart = true;
            }
        }
        if (inPart) {
            out.append(part);
        }
        return out.toString();
    }
}
