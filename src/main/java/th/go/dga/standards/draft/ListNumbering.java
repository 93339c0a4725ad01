package th.go.dga.standards.draft;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ooxml.util.POIXMLUnits;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;

/**
 * The numbers Word shows before the paragraphs of its automatic lists. The file keeps only the list's definition and
 * each paragraph's list and level; Word counts as it lays the document out, so this counts the same way, paragraph by
 * paragraph, in the order of the document.
 * <p>
 * As in Word, lists that share one definition (abstract numbering) share their counters unless a list restarts a level
 * ({@code w:startOverride}), which takes effect where that list is first used. A level restarts after any paragraph of
 * a higher level. A level's text ({@code %1.%2}) is filled in with the counters of the levels it names. Not followed:
 * {@code w:lvlRestart}, a level redefined inside a list ({@code w:lvlOverride/w:lvl}) and lists in table cells.
 */
final class ListNumbering {

    private static final int LEVELS = 9;

    /** Word's "thaiLetters": the consonants but the two obsolete ones, ฃ and ฅ. */
    private static final String THAI_LETTERS = "กขคงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ";

    /** One level of a list's definition. */
    private record Level(String format, String text, int start, boolean legal) {

        static final Level DEFAULT = new Level("decimal", null, 1, false);

        boolean showsNumber() {
            return !format.equals("bullet") && !format.equals("none");
        }
    }

    /** A list as a paragraph uses it: the definition it counts with, and where it restarts levels. */
    private record ListDef(BigInteger abstractId, Level[] levels, Map<Integer, Integer> startOverrides) {
    }

    /** The counters of one list definition. */
    private static final class Counters {

        final int[] value = new int[LEVELS];
        final boolean[] started = new boolean[LEVELS];
        final int[] start = new int[LEVELS];

        Counters(Level[] levels) {
            for (int i = 0; i < LEVELS; i++) {
                start[i] = levels[i].start();
            }
        }
    }

    private final XWPFNumbering numbering;
    private final ParagraphStyles styles;
    private final Map<BigInteger, ListDef> lists = new HashMap<>();
    private final Map<BigInteger, Counters> counters = new HashMap<>();
    private final Set<BigInteger> used = new HashSet<>();

    ListNumbering(XWPFNumbering numbering, ParagraphStyles styles) {
        this.numbering = numbering;
        this.styles = styles;
    }

    /**
     * Counts a paragraph of a list and returns the label Word shows before it: {@code "4.2."}, {@code "(1)"}; empty for
     * a bullet or a level that shows no number; {@code null} when the list does not exist (numId 0 takes a paragraph
     * out of its style's list).
     */
    String next(BigInteger numId, int ilvl) {
        ListDef list = numId == null || numId.signum() == 0 ? null : lists.computeIfAbsent(numId, this::define);
        if (list == null || list.levels() == null) {
            return null;
        }
        int level = Math.max(0, Math.min(ilvl, LEVELS - 1));
        Counters count = counters.computeIfAbsent(list.abstractId(), id -> new Counters(list.levels()));
        if (used.add(numId)) {
            list.startOverrides().forEach((l, start) -> {
                count.start[l] = start;
                count.started[l] = false;
            });
        }
        count.value[level] = count.started[level] ? count.value[level] + 1 : count.start[level];
        count.started[level] = true;
        for (int deeper = level + 1; deeper < LEVELS; deeper++) {
            count.started[deeper] = false;
        }
        Level definition = list.levels()[level];
        return definition.showsNumber() ? label(definition, list.levels(), count) : "";
    }

    private static String label(Level level, Level[] levels, Counters count) {
        String pattern = level.text() == null ? "%1" : level.text();
        StringBuilder label = new StringBuilder(pattern.length() + 8);
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            int named = i + 1 < pattern.length() && c == '%' ? Character.digit(pattern.charAt(i + 1), 10) : -1;
            if (named >= 1 && named <= LEVELS) {
                int k = named - 1;
                int value = count.started[k] ? count.value[k] : count.start[k];
                label.append(format(value, level.legal() ? "decimal" : levels[k].format()));
                i++;
            } else {
                label.append(c);
            }
        }
        return label.toString();
    }

    /** Thai digits ("thaiNumbers") are written in Arabic digits, as clause numbers are kept. */
    private static String format(int value, String format) {
        return switch (format) {
            case "lowerLetter" -> letters(value, "abcdefghijklmnopqrstuvwxyz");
            case "upperLetter" -> letters(value, "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
            case "thaiLetters" -> letters(value, THAI_LETTERS);
            case "lowerRoman" -> roman(value).toLowerCase(Locale.ROOT);
            case "upperRoman" -> roman(value);
            default -> Integer.toString(value);
        };
    }

    /** Word goes a, b ... z, aa, bb ...: the letter repeated, not counted on. */
    private static String letters(int value, String alphabet) {
        if (value < 1) {
            return Integer.toString(value);
        }
        int n = alphabet.length();
        return String.valueOf(alphabet.charAt((value - 1) % n)).repeat((value - 1) / n + 1);
    }

    private static String roman(int value) {
        if (value < 1 || value > 3999) {
            return Integer.toString(value);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder roman = new StringBuilder();
        int rest = value;
        for (int i = 0; i < values.length; i++) {
            for (; rest >= values[i]; rest -= values[i]) {
                roman.append(symbols[i]);
            }
        }
        return roman.toString();
    }

    private ListDef define(BigInteger numId) {
        CTNum num = num(numId);
        if (num == null) {
            return new ListDef(null, null, Map.of());
        }
        BigInteger abstractId = num.getAbstractNumId().getVal();
        CTAbstractNum definition = abstractNum(abstractId);
        // a list defined by a list style (w:numStyleLink) takes its levels from the list that style numbers with
        if (definition != null && definition.getNumStyleLink() != null) {
            CTNum linked = num(styles.numIdOf(definition.getNumStyleLink().getVal()));
            if (linked != null && linked.getAbstractNumId() != null) {
                abstractId = linked.getAbstractNumId().getVal();
                definition = abstractNum(abstractId);
            }
        }
        if (definition == null) {
            return new ListDef(null, null, Map.of());
        }
        Map<Integer, Integer> overrides = new HashMap<>();
        for (CTNumLvl override : num.getLvlOverrideList()) {
            int level = override.getIlvl() == null ? -1 : override.getIlvl().intValue();
            if (override.getStartOverride() != null && level >= 0 && level < LEVELS) {
                overrides.put(level, override.getStartOverride().getVal().intValue());
            }
        }
        return new ListDef(abstractId, levels(definition), overrides);
    }

    private CTNum num(BigInteger numId) {
        if (numbering == null || numId == null) {
            return null;
        }
        XWPFNum num = numbering.getNum(numId);
        return num == null || num.getCTNum() == null || num.getCTNum().getAbstractNumId() == null ? null : num.getCTNum();
    }

    private CTAbstractNum abstractNum(BigInteger abstractId) {
        XWPFAbstractNum definition = abstractId == null ? null : numbering.getAbstractNum(abstractId);
        return definition == null ? null : definition.getCTAbstractNum();
    }

    private static Level[] levels(CTAbstractNum definition) {
        Level[] levels = new Level[LEVELS];
        Arrays.fill(levels, Level.DEFAULT);
        for (CTLvl lvl : definition.getLvlList()) {
            int i = lvl.getIlvl() == null ? -1 : lvl.getIlvl().intValue();
            if (i < 0 || i >= LEVELS) {
                continue;
            }
            String format = lvl.getNumFmt() == null || lvl.getNumFmt().getVal() == null ? "decimal" : lvl.getNumFmt().getVal().toString();
            String text = lvl.getLvlText() == null ? null : lvl.getLvlText().getVal();
            // Word writes a start on every level; a file that leaves it out most likely means the first number
            int start = lvl.getStart() == null || lvl.getStart().getVal() == null ? 1 : lvl.getStart().getVal().intValue();
            boolean legal = lvl.getIsLgl() != null && POIXMLUnits.parseOnOff(lvl.getIsLgl());
            levels[i] = new Level(format, text, start, legal);
        }
        return levels;
    }
}
