package th.go.dga.standards.draft;

import java.util.ArrayList;
import java.util.List;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Splits a text into the words a reader would see changed. Thai is written without spaces between words, so splitting
 * on spaces would make a whole Thai sentence one "word"; ICU's dictionary-based word breaker finds the words instead,
 * and leaves runs of Latin letters, digits and numbers such as {@code 800-63} or {@code 4.2.1} as the pieces a reader
 * expects.
 *
 * <p>Spaces, line breaks and punctuation are kept as pieces of their own, so that the pieces joined give back the text
 * exactly and a diff can show a changed space as well as a changed word.
 */
public final class ThaiWords {

    /** Built once, because loading the Thai dictionary is slow; never used itself, since a break iterator holds its text. */
    private static final BreakIterator PROTOTYPE = BreakIterator.getWordInstance(new ULocale("th"));

    private ThaiWords() {
    }

    /** The text's words, spaces and punctuation, in order; none is empty, and joined they are the text. */
    public static List<String> split(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        // a clone per call: break iterators are not thread-safe, and a clone costs little next to the breaking itself
        BreakIterator words = (BreakIterator) PROTOTYPE.clone();
        words.setText(text);
        List<String> pieces = new ArrayList<>();
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            pieces.add(text.substring(start, end));
        }
        return pieces;
    }
}
