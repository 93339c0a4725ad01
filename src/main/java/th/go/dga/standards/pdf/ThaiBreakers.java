package th.go.dga.standards.pdf;

import java.util.Locale;

import com.ibm.icu.text.BreakIterator;
import com.openhtmltopdf.extend.FSTextBreaker;

/**
 * ICU's breaks for Thai, which has no spaces between words: lines break between words found by ICU's dictionary,
 * never inside one, and a word too long for its line between grapheme clusters, never between a consonant and its
 * marks. The text is read with its marks as written ({@link ThaiMarks#original(String)}), whatever variant they show.
 */
final class ThaiBreakers {

    static final Locale THAI = Locale.forLanguageTag("th");

    private ThaiBreakers() {
    }

    static FSTextBreaker lines() {
        return new Breaker(BreakIterator.getLineInstance(THAI));
    }

    static FSTextBreaker characters() {
        return new Breaker(BreakIterator.getCharacterInstance(THAI));
    }

    private record Breaker(BreakIterator breaks) implements FSTextBreaker {

        @Override
        public int next() {
            return breaks.next();
        }

        @Override
        public void setText(String text) {
            breaks.setText(ThaiMarks.original(text));
        }
    }
}
