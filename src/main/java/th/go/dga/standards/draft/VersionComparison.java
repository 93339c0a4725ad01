package th.go.dga.standards.draft;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import th.go.dga.standards.draft.ClauseChange.Kind;

/**
 * What changed from one version of a draft to the next, clause by clause and, within a clause, word by word: what a
 * committee member reads before a meeting, and what shows a commenter how the answer to their comment changed the text.
 * How an older clause is matched to a newer one, renumbered clauses included, is told in {@link ClausePairs}.
 *
 * <p>Clauses are looked up by number or by content, never each compared with every other, so a comparison takes time in
 * proportion to the clauses, plus a word diff for each clause whose words changed: a draft of 1,500 clauses with a
 * tenth of them touched compares in some tens of milliseconds.
 */
public final class VersionComparison {

    private final WordDiff preamble;
    private final List<ClauseChange> changes;
    private final Map<String, ClauseChange> byNewerNumber = new HashMap<>();
    private final Map<String, ClauseChange> byOlderNumber = new HashMap<>();
    private final Summary summary;

    /** How many clauses had each fate, and whether what comes before the clauses changed. */
    public record Summary(int unchanged, int changed, int added, int removed, int moved, boolean preambleChanged) {

        /** Whether a reader has anything to look at: a moved clause counts, even with the same words. */
        public boolean hasChanges() {
            return changed + added + removed + moved > 0 || preambleChanged;
        }
    }

    private VersionComparison(WordDiff preamble, List<ClauseChange> changes) {
        this.preamble = preamble;
        this.changes = List.copyOf(changes);
        int[] counts = new int[Kind.values().length];
        for (ClauseChange change : this.changes) {
            counts[change.kind().ordinal()]++;
            if (change.newer() != null) {
                byNewerNumber.put(change.newer().number(), change);
            }
            if (change.older() != null) {
                byOlderNumber.put(change.older().number(), change);
            }
        }
        this.summary = new Summary(counts[Kind.UNCHANGED.ordinal()], counts[Kind.CHANGED.ordinal()], counts[Kind.ADDED.ordinal()],
                counts[Kind.REMOVED.ordinal()], counts[Kind.MOVED.ordinal()], preamble.hasChanges());
    }

    /** Compares an older version of a draft with a newer one. */
    public static VersionComparison between(DraftText older, DraftText newer) {
        ClausePairs pairs = ClausePairs.of(older, newer);
        // a removed clause goes after the nearest clause before it that is still there, wherever that went
        Map<String, List<ClauseChange>> removedAfter = new HashMap<>();
        List<ClauseChange> changes = new ArrayList<>();
        String lastKept = null;
        for (Clause before : older.clauses()) {
            Optional<Clause> after = pairs.became(before);
            if (after.isPresent()) {
                lastKept = after.get().number();
            } else if (lastKept == null) {
                changes.add(ClauseChange.removed(before));
            } else {
                removedAfter.computeIfAbsent(lastKept, n -> new ArrayList<>()).add(ClauseChange.removed(before));
            }
        }
        for (Clause after : newer.clauses()) {
            changes.add(pairs.cameFrom(after).map(before -> ClauseChange.between(before, after)).orElseGet(() -> ClauseChange.added(after)));
            changes.addAll(removedAfter.getOrDefault(after.number(), List.of()));
        }
        return new VersionComparison(WordDiff.between(older.preamble(), newer.preamble()), changes);
    }

    /** What comes before the first clause: the title, the introduction. */
    public WordDiff preamble() {
        return preamble;
    }

    public boolean preambleChanged() {
        return preamble.hasChanges();
    }

    /**
     * Every clause of the newer version in its order, unchanged ones included, with each removed clause placed after
     * the clause it followed in the older version (at the start, if none of the clauses before it is left).
     */
    public List<ClauseChange> changes() {
        return changes;
    }

    public Summary summary() {
        return summary;
    }

    /** What became of the clause with this number in the newer version: how it differs from what it was. */
    public Optional<ClauseChange> forClause(String number) {
        return Optional.ofNullable(byNewerNumber.get(number));
    }

    /** What became of the clause with this number in the older version: kept, changed, moved or removed. */
    public Optional<ClauseChange> forOlderClause(String number) {
        return Optional.ofNullable(byOlderNumber.get(number));
    }
}
