package th.go.dga.standards.draft;

/**
 * What became of one clause from one version of a draft to the next: the line a reviewer reads to see whether, and how,
 * a clause they care about was changed.
 *
 * @param kind    what became of the clause
 * @param older   the clause in the older version; {@code null} when it was added
 * @param newer   the clause in the newer version; {@code null} when it was removed
 * @param heading the heading's words, kept, removed and added; all added for an added clause, all removed for a removed
 *                one
 * @param text    the text's words, likewise
 */
public record ClauseChange(Kind kind, Clause older, Clause newer, WordDiff heading, WordDiff text) {

    public enum Kind {
        /** Same number, same heading, same text. */
        UNCHANGED,
        /** Same number; the heading or the text, or both, say something else. */
        CHANGED,
        /** In the newer version only: a new number, or a number whose older clause moved, with words of its own. */
        ADDED,
        /** In the older version only: no clause of the newer one has its number and words, or its words alone. */
        REMOVED,
        /** Renumbered: its heading and text, spaces aside, are found under another number, perhaps with spaces changed. */
        MOVED
    }

    public ClauseChange {
        if (kind == null || heading == null || text == null) {
            throw new IllegalArgumentException("a clause change has a kind and the words of heading and text");
        }
        // only an added clause lacks an older one, only a removed clause a newer one
        if ((older == null) != (kind == Kind.ADDED) || (newer == null) != (kind == Kind.REMOVED)) {
            throw new IllegalArgumentException("a clause " + kind + " with older " + older + " and newer " + newer);
        }
    }

    static ClauseChange between(Clause older, Clause newer) {
        Kind kind = !older.number().equals(newer.number()) ? Kind.MOVED
                : older.heading().equals(newer.heading()) && older.text().equals(newer.text()) ? Kind.UNCHANGED
                : Kind.CHANGED;
        return new ClauseChange(kind, older, newer, WordDiff.between(older.heading(), newer.heading()),
                WordDiff.between(older.text(), newer.text()));
    }

    static ClauseChange added(Clause newer) {
        return new ClauseChange(Kind.ADDED, null, newer, WordDiff.between("", newer.heading()), WordDiff.between("", newer.text()));
    }

    static ClauseChange removed(Clause older) {
        return new ClauseChange(Kind.REMOVED, older, null, WordDiff.between(older.heading(), ""), WordDiff.between(older.text(), ""));
    }

    /** The clause's number as it stands: the newer one, or the older one for a removed clause. */
    public String number() {
        return newer != null ? newer.number() : older.number();
    }

    /** Whether the heading or the text says anything different, even by a space; a moved clause may say the same. */
    public boolean hasWordChanges() {
        return heading.hasChanges() || text.hasChanges();
    }
}
