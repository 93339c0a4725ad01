package th.go.dga.standards.pdf;

import java.util.Map;

/**
 * Where Thai marks sit, chosen the way a shaping engine would for the few cases that matter, since openhtmltopdf draws
 * each character's default glyph. Sarabun's default tone marks (่ ้ ๊ ๋ ์) sit low, right over a consonant; over an
 * upper vowel or before sara am they must go high, beside the tall stem of ป ฝ ฟ ฬ marks move left, and ญ ฐ lose
 * their foot above a vowel below. The font has those variants as glyphs without a character; each is reached here
 * through a private-use code point ({@link #VARIANTS}) that {@link SarabunFont} adds to the font's character map and
 * {@link ToUnicodeRepair} maps back to the character in the finished PDF, so that copied text is the text written.
 * <p>
 * The substitution is one char for one char, so text keeps its length and its breaks ({@link ThaiBreakers}).
 */
final class ThaiMarks {

    /** Private-use code point → the glyph it shows, by its name in Sarabun. */
    static final Map<Character, String> VARIANTS = Map.ofEntries(
            // a tone mark high, over an upper vowel or a nikhahit
            Map.entry('\uF713', "uni0E48.small"), Map.entry('\uF714', "uni0E49.small"), Map.entry('\uF715', "uni0E4A.small"),
            Map.entry('\uF716', "uni0E4B.small"), Map.entry('\uF717', "uni0E4C.small"),
            // a tone mark low and to the left, beside a tall consonant's stem
            Map.entry('\uF705', "uni0E48.narrow"), Map.entry('\uF706', "uni0E49.narrow"), Map.entry('\uF707', "uni0E4A.narrow"),
            Map.entry('\uF708', "uni0E4B.narrow"), Map.entry('\uF709', "uni0E4C.narrow"),
            // an upper vowel to the left, beside a tall consonant's stem
            Map.entry('\uF710', "uni0E31.narrow"), Map.entry('\uF701', "uni0E34.narrow"), Map.entry('\uF702', "uni0E35.narrow"),
            Map.entry('\uF703', "uni0E36.narrow"), Map.entry('\uF704', "uni0E37.narrow"), Map.entry('\uF711', "uni0E4D.narrow"),
            Map.entry('\uF712', "uni0E47.narrow"),
            // ญ and ฐ without their foot, above a vowel below
            Map.entry('\uF70F', "yoYingthai.less"), Map.entry('\uF700', "thoThanthai.less"));

    private static final char HIGH = '\uF713' - '\u0E48';
    private static final char LEFT = '\uF705' - '\u0E48';
    private static final char SARA_AM = '\u0E33';

    private ThaiMarks() {
    }

    /** The text with each mark that needs another place replaced by the private-use code point of its variant. */
    static String place(String text) {
        char[] out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char placed = c;
            if (isToneMark(c)) {
                boolean high = i > 0 && isUpperVowel(text.charAt(i - 1)) || i + 1 < text.length() && text.charAt(i + 1) == SARA_AM;
                if (high) {
                    placed = (char) (c + HIGH);
                } else if (isTall(consonantBefore(text, i))) {
                    placed = (char) (c + LEFT);
                }
            } else if (isUpperVowel(c) && i > 0 && isTall(text.charAt(i - 1))) {
                placed = leftUpperVowel(c);
            } else if ((c == '\u0E0D' || c == '\u0E10') && i + 1 < text.length() && isLowerVowel(text.charAt(i + 1))) {
                placed = c == '\u0E0D' ? '\uF70F' : '\uF700';
            }
            if (placed != c) {
                if (out == null) {
                    out = text.toCharArray();
                }
                out[i] = placed;
            }
        }
        return out == null ? text : new String(out);
    }

    /** The character a private-use code point of {@link #place} stands for; any other character itself. */
    static int original(int codePoint) {
        if (codePoint >= '\uF713' && codePoint <= '\uF717') {
            return codePoint - HIGH;
        }
        if (codePoint >= '\uF705' && codePoint <= '\uF709') {
            return codePoint - LEFT;
        }
        return switch (codePoint) {
            case '\uF710' -> '\u0E31';
            case '\uF701' -> '\u0E34';
            case '\uF702' -> '\u0E35';
            case '\uF703' -> '\u0E36';
            case '\uF704' -> '\u0E37';
            case '\uF711' -> '\u0E4D';
            case '\uF712' -> '\u0E47';
            case '\uF70F' -> '\u0E0D';
            case '\uF700' -> '\u0E10';
            default -> codePoint;
        };
    }

    /** The text as written, every private-use code point of {@link #place} back to its mark. */
    static String original(String text) {
        char[] out = text.toCharArray();
        for (int i = 0; i < out.length; i++) {
            out[i] = (char) original(out[i]);
        }
        return new String(out);
    }

    /** The character a mark at {@code i} sits on, past any vowel below it (ปุ่ม). */
    private static char consonantBefore(String text, int i) {
        int j = i - 1;
        while (j >= 0 && isLowerVowel(text.charAt(j))) {
            j--;
        }
        return j < 0 ? ' ' : text.charAt(j);
    }

    private static char leftUpperVowel(char c) {
        return switch (c) {
            case '\u0E31' -> '\uF710';
            case '\u0E34' -> '\uF701';
            case '\u0E35' -> '\uF702';
            case '\u0E36' -> '\uF703';
            case '\u0E37' -> '\uF704';
            case '\u0E4D' -> '\uF711';
            case '\u0E47' -> '\uF712';
            default -> c;
        };
    }

    /** ่ ้ ๊ ๋ and the thanthakhat ์, which sits where a tone mark does. */
    private static boolean isToneMark(char c) {
        return c >= '\u0E48' && c <= '\u0E4C';
    }

    /** ั ิ ี ึ ื ็ ํ: the marks above a consonant that a tone mark goes over, in their default or left form. */
    private static boolean isUpperVowel(char c) {
        return c == '\u0E31' || c >= '\u0E34' && c <= '\u0E37' || c == '\u0E47' || c == '\u0E4D'
                || c >= '\uF701' && c <= '\uF704' || c >= '\uF710' && c <= '\uF712';
    }

    /** ุ ู ฺ. */
    private static boolean isLowerVowel(char c) {
        return c >= '\u0E38' && c <= '\u0E3A';
    }

    /** ป ฝ ฟ ฬ, whose stem rises to where marks sit. */
    private static boolean isTall(char c) {
        return c == '\u0E1B' || c == '\u0E1D' || c == '\u0E1F' || c == '\u0E2C';
    }
}
