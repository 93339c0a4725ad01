package th.go.dga.standards.drafting;

import java.util.List;
import java.util.Optional;

import th.go.dga.standards.draft.Clause;
import th.go.dga.standards.draft.ClauseChange;
import th.go.dga.standards.draft.DraftText;
import th.go.dga.standards.draft.DraftVersion;
import th.go.dga.standards.draft.VersionComparison;
import th.go.dga.standards.hearing.Comment;
import th.go.dga.standards.hearing.Hearing;

/**
 * A hearing's draft and what its comments changed: the version heard, the revised version that answers the comments,
 * what changed between the two, and for each comment the changes of the clauses its answer names.
 *
 * @param revised    the latest version sent as a Word file after the one heard; null while there is none
 * @param comparison the heard version against the revised one; null while there is no revised version
 */
public record HearingRevision(Hearing hearing, DraftVersion heard, DraftText heardText, DraftVersion revised, VersionComparison comparison,
                              List<Answered> comments) {

    /**
     * One comment, the clause of the heard draft it is about, and what became of the clauses its answer names.
     *
     * @param clause  the clause commented on, null for a comment on the whole draft or on a clause typed freely
     * @param changes the changes of the clauses named in the answer, in the version the answer names, in their order
     */
    public record Answered(Comment comment, Clause clause, List<ClauseChange> changes) {
    }

    /** The comments on a clause of the heard draft, by its number; {@code null} for those on the whole draft. */
    public List<Answered> on(String clauseNumber) {
        return comments.stream().filter(a -> clauseNumber == null ? a.clause() == null : a.clause() != null
                && a.clause().number().equals(clauseNumber)).toList();
    }

    /** What became of a clause of the heard draft in the revised one. */
    public Optional<ClauseChange> changeOf(String heardNumber) {
        return comparison == null ? Optional.empty() : comparison.forOlderClause(heardNumber);
    }
}
