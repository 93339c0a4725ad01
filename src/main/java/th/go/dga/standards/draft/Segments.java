package th.go.dga.standards.draft;

import java.util.ArrayList;
import java.util.List;

import th.go.dga.standards.draft.WordDiff.Kind;
import th.go.dga.standards.draft.WordDiff.Segment;

/** Collects a word diff's segments, joining neighbours of one kind so that a changed phrase shows as one mark. */
final class Segments {

    private final List<Segment> segments = new ArrayList<>();

    Segments add(Kind kind, String text) {
        if (text.isEmpty()) {
            return this;
        }
        int last = segments.size() - 1;
        if (last >= 0 && segments.get(last).kind() == kind) {
            segments.set(last, new Segment(kind, segments.get(last).text() + text));
        } else {
            segments.add(new Segment(kind, text));
        }
        return this;
    }

    List<Segment> list() {
        return segments;
    }
}
