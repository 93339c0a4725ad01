package th.go.dga.standards.draft;

import java.util.List;
import java.util.stream.Collectors;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;

/**
 * What changed between two texts, word by word, for a reader to see: the words kept, the words taken out and the
 * words put in, in reading order. Words rather than characters, because a reviewer reads "หนึ่งปี became สองปี", not
 * a scatter of changed letters; words rather than lines, because a clause is often one long Thai line.
 *
 * @param segments the text in reading order; no segment is empty, two neighbours never have the same kind, and where
 *                 words were replaced the words taken out come before the words put in
 */
public record WordDiff(List<Segment> segments) {

    public enum Kind {
        /** In both texts. */
        SAME,
        /** Only in the newer text. */
        ADDED,
        /** Only in the older text. */
        REMOVED
    }

    /** A run of text with one kind. */
    public record Segment(Kind kind, String text) {

        public Segment {
            if (kind == null || text == null || text.isEmpty()) {
                throw new IllegalArgumentException("a segment has a kind and some text");
            }
        }
    }

    public WordDiff {
        segments = List.copyOf(segments);
    }

    /** The words that changed from {@code older} to {@code newer}; a missing text counts as empty. */
    public static WordDiff between(String older, String newer) {
        older = older == null ? "" : older;
        newer = newer == null ? "" : newer;
        // most clauses of a new version are unchanged, and most changes add or remove a whole text: no need to break words
        if (older.equals(newer)) {
            return new WordDiff(new Segments().add(Kind.SAME, older).list());
        }
        if (older.isEmpty() || newer.isEmpty()) {
            return new WordDiff(new Segments().add(Kind.REMOVED, older).add(Kind.ADDED, newer).list());
        }
        List<String> before = ThaiWords.split(older);
        List<String> after = ThaiWords.split(newer);
        Segments segments = new Segments();
        int kept = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(before, after).getDeltas()) {
            Chunk<String> removed = delta.getSource();
            segments.add(Kind.SAME, String.join("", before.subList(kept, removed.getPosition())));
            new ChangedSpan(removed.getLines(), delta.getTarget().getLines()).appendTo(segments);
            kept = removed.getPosition() + removed.size();
        }
        segments.add(Kind.SAME, String.join("", before.subList(kept, before.size())));
        return new WordDiff(segments.list());
    }

    /** The older text, as it was. */
    public String older() {
        return text(Kind.REMOVED);
    }

    /** The newer text, as it is. */
    public String newer() {
        return text(Kind.ADDED);
    }

    /** Whether anything was added or removed, even a space. */
    public boolean hasChanges() {
        return segments.stream().anyMatch(s -> s.kind() != Kind.SAME);
    }

    private String text(Kind change) {
        return segments.stream()
                .filter(s -> s.kind() == Kind.SAME || s.kind() == change)
                .map(Segment::text)
                .collect(Collectors.joining());
    }
}
