package th.go.dga.standards.drafting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.go.dga.standards.draft.Clause;
import th.go.dga.standards.draft.ClauseChange;
import th.go.dga.standards.draft.DraftText;
import th.go.dga.standards.draft.DraftVersion;
import th.go.dga.standards.draft.DraftVersions;
import th.go.dga.standards.draft.VersionComparison;
import th.go.dga.standards.hearing.Comment;
import th.go.dga.standards.hearing.CommentService;
import th.go.dga.standards.hearing.Hearing;
import th.go.dga.standards.hearing.HearingService;

/**
 * Puts a hearing's comments beside the changes they caused, for the revision step, the final approval and the
 * public page of what changed. Read in a fixed number of queries, whatever the number of comments: the comments, the
 * heard text, and the text of each version an answer names (usually one).
 */
@Service
@Transactional(readOnly = true)
public class HearingRevisions {

    private final HearingService hearings;
    private final CommentService comments;
    private final DraftVersions drafts;

    HearingRevisions(HearingService hearings, CommentService comments, DraftVersions drafts) {
        this.hearings = hearings;
        this.comments = comments;
        this.drafts = drafts;
    }

    /** The hearing's draft and what its comments changed; empty when the draft heard was not sent as a Word file. */
    public Optional<HearingRevision> of(long hearingId) {
        Hearing hearing = hearings.get(hearingId);
        if (hearing.draftVersionId() == null) {
            return Optional.empty();
        }
        DraftVersion heard = drafts.get(hearing.draftVersionId());
        Optional<DraftText> heardText = drafts.text(heard.id());
        if (heardText.isEmpty()) {
            return Optional.empty();
        }
        DraftVersion revised = comments.revisedDraft(hearing).orElse(null);
        Map<Long, VersionComparison> against = new HashMap<>();
        Function<Long, VersionComparison> comparing = versionId -> against.computeIfAbsent(versionId,
                id -> drafts.text(id).map(text -> VersionComparison.between(heardText.get(), text)).orElse(null));
        VersionComparison comparison = revised == null ? null : comparing.apply(revised.id());
        Map<String, Clause> clauses = heardText.get().clauses().stream().collect(Collectors.toMap(Clause::number, c -> c));
        List<HearingRevision.Answered> answered = new ArrayList<>();
        for (Comment comment : comments.forHearing(hearingId)) {
            List<ClauseChange> changes = new ArrayList<>();
            if (comment.answeredInVersion() != null) {
                VersionComparison named = comparing.apply(comment.answeredInVersion());
                if (named != null) {
                    comment.answeredIn().forEach(number -> named.forClause(number).ifPresent(changes::add));
                }
            }
            answered.add(new HearingRevision.Answered(comment, comment.clause() == null ? null : clauses.get(comment.clause()), changes));
        }
        return Optional.of(new HearingRevision(hearing, heard, heardText.get(), revised, comparison, answered));
    }

    /** The latest hearing of a standard, with what its comments changed. */
    public Optional<HearingRevision> latest(String standardId) {
        return hearings.latest(standardId).flatMap(h -> of(h.id()));
    }
}
