package th.go.dga.standards.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import th.go.dga.standards.draft.VersionComparison.Summary;
import th.go.dga.standards.draft.WordDiff.Segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static th.go.dga.standards.draft.ClauseChange.Kind.ADDED;
import static th.go.dga.standards.draft.ClauseChange.Kind.CHANGED;
import static th.go.dga.standards.draft.ClauseChange.Kind.MOVED;
import static th.go.dga.standards.draft.ClauseChange.Kind.REMOVED;
import static th.go.dga.standards.draft.ClauseChange.Kind.UNCHANGED;

class VersionComparisonTests {

    private static final String TITLE = "มาตรฐานสำนักงานพัฒนารัฐบาลดิจิทัล ว่าด้วยการพิสูจน์และยืนยันตัวตนทางดิจิทัล";

    private static final Clause SCOPE = new Clause("1", "ขอบข่าย", "มาตรฐานนี้ใช้กับหน่วยงานของรัฐที่ให้บริการดิจิทัล", 1);
    private static final Clause TERMS = new Clause("2", "นิยาม", "ในมาตรฐานนี้\nสิ่งที่ใช้ยืนยันตัวตน หมายถึง สิ่งที่ผู้ใช้บริการครอบครองและใช้ยืนยันตัวตน", 2);
    private static final Clause LEVELS = new Clause("3", "ระดับความเชื่อมั่น", "", 3);
    private static final Clause IAL = new Clause("3.1", "", "ระดับความเชื่อมั่นของการพิสูจน์ตัวตน (IAL) มีสามระดับ", 4);
    private static final Clause AAL = new Clause("3.2", "", "ระดับความเชื่อมั่นของสิ่งที่ใช้ยืนยันตัวตน (AAL) มีสามระดับ", 5);
    private static final Clause FAL = new Clause("3.3", "", "ระดับความเชื่อมั่นของการเชื่อมโยงตัวตน (FAL) มีสามระดับ", 6);
    private static final Clause KEEPING = new Clause("4", "การจัดเก็บข้อมูล", "ผู้ให้บริการต้องจัดเก็บข้อมูลไว้อย่างน้อยหนึ่งปี", 7);

    private static final DraftText FIRST_DRAFT = new DraftText(TITLE, List.of(SCOPE, TERMS, LEVELS, IAL, AAL, FAL, KEEPING));

    @Test
    void findsNothingChangedBetweenADraftAndItself() {
        VersionComparison comparison = VersionComparison.between(FIRST_DRAFT, FIRST_DRAFT);

        assertThat(comparison.changes()).extracting(ClauseChange::kind).containsOnly(UNCHANGED).hasSize(7);
        assertThat(comparison.summary()).isEqualTo(new Summary(7, 0, 0, 0, 0, false));
        assertThat(comparison.summary().hasChanges()).isFalse();
    }

    @Test
    void marksTheOneWordThatChangedInAClause() {
        DraftText revised = revise(c -> c == KEEPING ? text(c, "ผู้ให้บริการต้องจัดเก็บข้อมูลไว้อย่างน้อยสองปี") : c);

        VersionComparison comparison = VersionComparison.between(FIRST_DRAFT, revised);

        ClauseChange keeping = comparison.forClause("4").orElseThrow();
        assertThat(keeping.kind()).isEqualTo(CHANGED);
        assertThat(keeping.heading().hasChanges()).isFalse();
        assertThat(keeping.text().segments()).filteredOn(s -> s.kind() != WordDiff.Kind.SAME)
                .containsExactly(new Segment(WordDiff.Kind.REMOVED, "หนึ่ง"), new Segment(WordDiff.Kind.ADDED, "สอง"));
        assertThat(comparison.summary()).isEqualTo(new Summary(6, 1, 0, 0, 0, false));
    }

    @Test
    void marksAChangedHeadingOnItsOwn() {
        DraftText revised = revise(c -> c == LEVELS ? new Clause("3", "ระดับความเชื่อมั่นของการพิสูจน์และยืนยันตัวตน", "", c.order()) : c);

        ClauseChange levels = VersionComparison.between(FIRST_DRAFT, revised).forClause("3").orElseThrow();

        assertThat(levels.kind()).isEqualTo(CHANGED);
        assertThat(levels.heading().segments()).containsExactly(new Segment(WordDiff.Kind.SAME, "ระดับความเชื่อมั่น"),
                new Segment(WordDiff.Kind.ADDED, "ของการพิสูจน์และยืนยันตัวตน"));
        assertThat(levels.text().hasChanges()).isFalse();
    }

    @Test
    void listsAnAddedClauseInItsPlaceWithAllItsWordsAdded() {
        Clause review = new Clause("5", "การทบทวน", "หน่วยงานของรัฐต้องทบทวนระดับ IAL2 ตาม NIST SP 800-63 ทุกสองปี", 8);
        List<Clause> clauses = new ArrayList<>(FIRST_DRAFT.clauses());
        clauses.add(review);

        VersionComparison comparison = VersionComparison.between(FIRST_DRAFT, new DraftText(TITLE, clauses));

        assertThat(comparison.changes()).extracting(ClauseChange::number).containsExactly("1", "2", "3", "3.1", "3.2", "3.3", "4", "5");
        ClauseChange added = comparison.forClause("5").orElseThrow();
        assertThat(added.kind()).isEqualTo(ADDED);
        assertThat(added.older()).isNull();
        assertThat(added.text().segments()).containsExactly(new Segment(WordDiff.Kind.ADDED, review.text()));
        assertThat(comparison.summary().added()).isEqualTo(1);
    }

    @Test
    void placesARemovedClauseAfterTheClauseItFollowedBefore() {
        DraftText revised = new DraftText(TITLE, List.of(SCOPE, TERMS, LEVELS, IAL, AAL, KEEPING));

        VersionComparison comparison = VersionComparison.between(FIRST_DRAFT, revised);

        assertThat(comparison.changes()).extracting(ClauseChange::number, ClauseChange::kind).containsExactly(
                tuple("1", UNCHANGED), tuple("2", UNCHANGED), tuple("3", UNCHANGED), tuple("3.1", UNCHANGED),
                tuple("3.2", UNCHANGED), tuple("3.3", REMOVED), tuple("4", UNCHANGED));
        assertThat(comparison.forClause("3.3")).isEmpty();
        assertThat(comparison.forOlderClause("3.3").orElseThrow().text().segments())
                .containsExactly(new Segment(WordDiff.Kind.REMOVED, FAL.text()));
        assertThat(comparison.summary()).isEqualTo(new Summary(6, 0, 0, 1, 0, false));
    }

    @Test
    void placesRemovedOpeningClausesFirstInTheirOrder() {
        DraftText revised = new DraftText(TITLE, List.of(LEVELS, IAL, AAL, FAL, KEEPING));

        VersionComparison comparison = VersionComparison.between(FIRST_DRAFT, revised);

        assertThat(comparison.changes()).extracting(ClauseChange::number, ClauseChange::kind).startsWith(
                tuple("1", REMOVED), tuple("2", REMOVED), tuple("3", UNCHANGED));
    }

    @Test
    void showsClausesRenumberedByAnInsertedClauseAsMovedNotRewritten() {
        Clause inserted = new Clause("3.2", "", "ระดับความเชื่อมั่นของสิ่งที่ใช้ยืนยันตัวตนแบบหลายปัจจัย มีสองระดับ", 5);
        DraftText revised = new DraftText(TITLE, List.of(SCOPE, TERMS, LEVELS, IAL, inserted,
                renumber(AAL, "3.3"), renumber(FAL, "3.4"), KEEPING));

        VersionComparison comparison = VersionComparison.between(FIRST_DRAFT, revised);

        assertThat(comparison.changes()).extracting(ClauseChange::number, ClauseChange::kind).containsExactly(
                tuple("1", UNCHANGED), tuple("2", UNCHANGED), tuple("3", UNCHANGED), tuple("3.1", UNCHANGED),
                tuple("3.2", ADDED), tuple("3.3", MOVED), tuple("3.4", MOVED), tuple("4", UNCHANGED));
        ClauseChange aal = comparison.forClause("3.3").orElseThrow();
        assertThat(aal.older().number()).isEqualTo("3.2");
        assertThat(aal.hasWordChanges()).isFalse();
        assertThat(comparison.forOlderClause("3.2")).contains(aal);
        assertThat(comparison.summary()).isEqualTo(new Summary(5, 0, 1, 0, 2, false));
    }

    @Test
    void recognisesARenumberedClauseWhoseSpacingChangedAndShowsTheSpace() {
        Clause respaced = new Clause("5", "การจัดเก็บข้อมูล", "ผู้ให้บริการต้องจัดเก็บข้อมูล ไว้อย่างน้อยหนึ่งปี", 7);
        DraftText revised = new DraftText(TITLE, List.of(SCOPE, TERMS, LEVELS, IAL, AAL, FAL, respaced));

        ClauseChange keeping = VersionComparison.between(FIRST_DRAFT, revised).forClause("5").orElseThrow();

        assertThat(keeping.kind()).isEqualTo(MOVED);
        assertThat(keeping.older().number()).isEqualTo("4");
        assertThat(keeping.text().segments()).filteredOn(s -> s.kind() != WordDiff.Kind.SAME)
                .containsExactly(new Segment(WordDiff.Kind.ADDED, " "));
    }

    @Test
    void showsAClauseBothRenumberedAndRewordedAsRemovedNextToAdded() {
        Clause rewordedAndRenumbered = new Clause("5", "การจัดเก็บข้อมูล", "ผู้ให้บริการต้องจัดเก็บข้อมูลไว้อย่างน้อยสองปี", 7);
        DraftText revised = new DraftText(TITLE, List.of(SCOPE, TERMS, LEVELS, IAL, AAL, FAL, rewordedAndRenumbered));

        VersionComparison comparison = VersionComparison.between(FIRST_DRAFT, revised);

        assertThat(comparison.changes()).extracting(ClauseChange::number, ClauseChange::kind)
                .endsWith(tuple("4", REMOVED), tuple("5", ADDED));
    }

    @Test
    void neverTakesOneOfTwoClausesThatSayTheSameForTheOther() {
        DraftText older = new DraftText("", List.of(new Clause("5.1", "", "(ยกเลิก)", 1), new Clause("5.2", "", "(ยกเลิก)", 2)));
        DraftText newer = new DraftText("", List.of(new Clause("6.1", "", "(ยกเลิก)", 1)));

        VersionComparison comparison = VersionComparison.between(older, newer);

        assertThat(comparison.summary()).isEqualTo(new Summary(0, 0, 1, 2, 0, false));
    }

    @Test
    void showsClausesThatSwappedPlacesAsMovedBothWays() {
        DraftText swapped = new DraftText(TITLE, List.of(SCOPE, TERMS, LEVELS, IAL, renumber(FAL, "3.2"), renumber(AAL, "3.3"), KEEPING));

        VersionComparison comparison = VersionComparison.between(FIRST_DRAFT, swapped);

        assertThat(comparison.forClause("3.2").orElseThrow().older()).isEqualTo(FAL);
        assertThat(comparison.forClause("3.3").orElseThrow().older()).isEqualTo(AAL);
        assertThat(comparison.summary()).isEqualTo(new Summary(5, 0, 0, 0, 2, false));
    }

    @Test
    void reportsAChangedPreamble() {
        DraftText revised = new DraftText(TITLE + "\nฉบับปรับปรุงหลังการรับฟังความคิดเห็น", FIRST_DRAFT.clauses());

        VersionComparison comparison = VersionComparison.between(FIRST_DRAFT, revised);

        assertThat(comparison.preambleChanged()).isTrue();
        assertThat(comparison.preamble().segments()).containsExactly(new Segment(WordDiff.Kind.SAME, TITLE),
                new Segment(WordDiff.Kind.ADDED, "\nฉบับปรับปรุงหลังการรับฟังความคิดเห็น"));
        assertThat(comparison.summary()).isEqualTo(new Summary(7, 0, 0, 0, 0, true));
        assertThat(comparison.summary().hasChanges()).isTrue();
    }

    @Test
    void findsNoChangeForAClauseTheNewerVersionDoesNotHave() {
        VersionComparison comparison = VersionComparison.between(FIRST_DRAFT, FIRST_DRAFT);

        assertThat(comparison.forClause("9.9")).isEmpty();
        assertThat(comparison.forClause("3.2").orElseThrow().newer()).isEqualTo(AAL);
    }

    @Test
    void comparesFifteenHundredClausesAsTheyWereRevised() {
        LargeDrafts drafts = LargeDrafts.standard();

        VersionComparison comparison = VersionComparison.between(drafts.older(), drafts.newer());

        assertThat(drafts.older().clauses()).hasSize(1500);
        assertThat(comparison.summary()).isEqualTo(new Summary(
                1500 - drafts.reworded() - drafts.removed() - drafts.renumbered(),
                drafts.reworded(), drafts.added(), drafts.removed(), drafts.renumbered(), true));
        assertThat(comparison.changes()).hasSize(drafts.newer().clauses().size() + drafts.removed());
        // each reworded clause had one word replaced or put in: only that word is marked, not the sentence around it
        assertThat(comparison.changes()).filteredOn(c -> c.kind() == CHANGED)
                .extracting(c -> marked(c.text()))
                .allMatch(marked -> marked.equals("ต้องควร") || marked.equals("ไม่ละเลยที่จะ"), "only the reworded word is marked");
    }

    private static String marked(WordDiff diff) {
        return diff.segments().stream().filter(s -> s.kind() != WordDiff.Kind.SAME).map(Segment::text)
                .collect(Collectors.joining());
    }

    private static DraftText revise(UnaryOperator<Clause> change) {
        return new DraftText(TITLE, FIRST_DRAFT.clauses().stream().map(change).toList());
    }

    private static Clause text(Clause clause, String text) {
        return new Clause(clause.number(), clause.heading(), text, clause.order());
    }

    private static Clause renumber(Clause clause, String number) {
        return new Clause(number, clause.heading(), clause.text(), clause.order());
    }
}
