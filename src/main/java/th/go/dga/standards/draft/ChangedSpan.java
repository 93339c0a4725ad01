package th.go.dga.standards.draft;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

import th.go.dga.standards.draft.WordDiff.Kind;

/**
 * Words of the older text replaced by words of the newer one, narrowed to the words that really differ.
 *
 * <p>The Thai dictionary does not always break the same words the same way: it reads "อย่างน้อยหนึ่งปี" as
 * อย่าง|น้อยห|นึ่ง|ปี but "อย่างน้อยสองปี" as อย่าง|น้อย|สอง|ปี, and "ต้องไม่ละเลยที่จะแจ้ง" as ...|ที่|จะแจ้ง. The
 * diff of the words then sees "น้อยหนึ่ง" replaced by "น้อยสอง", or "แจ้ง" by "ไม่ละเลยที่จะแจ้ง", and would mark
 * words that did not change. Where the two sides begin or end with the same letters, and one of the two texts has a
 * word break there, those letters are given back to the unchanged text. A break in one text is enough, since that is
 * the one the dictionary read right. A break at neither keeps the words whole: กำหนด against กำกับ is one word
 * replaced, not "หนด" by "กับ". Letters added to the end of a word do show on their own (เหตุการ corrected to
 * เหตุการณ์ marks ณ์), which is what changed; a vowel or tone mark is never parted from its consonant.
 */
record ChangedSpan(List<String> removed, List<String> added) {

    void appendTo(Segments segments) {
        String older = String.join("", removed);
        String newer = String.join("", added);
        Set<Integer> olderBreaks = breaks(removed);
        Set<Integer> newerBreaks = breaks(added);

        int prefix = commonPrefix(older, newer);
        while (prefix > 0 && !(cutsBoth(older, prefix, newer, prefix)
                && (olderBreaks.contains(prefix) || newerBreaks.contains(prefix)))) {
            prefix--;
        }
        int suffix = commonSuffix(older.substring(prefix), newer.substring(prefix));
        while (suffix > 0 && !(cutsBoth(older, older.length() - suffix, newer, newer.length() - suffix)
                && (olderBreaks.contains(older.length() - suffix) || newerBreaks.contains(newer.length() - suffix)))) {
            suffix--;
        }
        segments.add(Kind.SAME, older.substring(0, prefix))
                .add(Kind.REMOVED, older.substring(prefix, older.length() - suffix))
                .add(Kind.ADDED, newer.substring(prefix, newer.length() - suffix))
                .add(Kind.SAME, older.substring(older.length() - suffix));
    }

    /** Where the words of the span begin and end. */
    private static Set<Integer> breaks(List<String> words) {
        Set<Integer> breaks = new HashSet<>();
        int at = 0;
        breaks.add(at);
        for (String word : words) {
            at += word.length();
            breaks.add(at);
        }
        return breaks;
    }

    /** Whether cutting both texts there leaves whole letters: no vowel or tone mark parted from its consonant. */
    private static boolean cutsBoth(String older, int olderAt, String newer, int newerAt) {
        return startsALetter(older, olderAt) && startsALetter(newer, newerAt);
    }

    private static boolean startsALetter(String text, int at) {
        if (at == 0 || at == text.length()) {
            return true;
        }
        if (Character.isLowSurrogate(text.charAt(at))) {
            return false;
        }
        int joins = UCharacter.getIntPropertyValue(text.codePointAt(at), UProperty.GRAPHEME_CLUSTER_BREAK);
        return joins != UCharacter.GraphemeClusterBreak.EXTEND
                && joins != UCharacter.GraphemeClusterBreak.SPACING_MARK
                && joins != UCharacter.GraphemeClusterBreak.ZWJ;
    }

    private static int commonPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    private static int commonSuffix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(a.length() - 1 - i) == b.charAt(b.length() - 1 - i)) {
            i++;
        }
        return i;
    }
}
