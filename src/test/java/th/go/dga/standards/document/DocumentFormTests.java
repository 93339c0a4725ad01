package th.go.dga.standards.document;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import th.go.dga.standards.validation.InvalidInputException;
import th.go.dga.standards.validation.Violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class DocumentFormTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @Test
    void readsAFormWithEveryField() {
        NewDocument document = new DocumentForm("FAQ", "  ปัญหาถามตอบ  ", " 1.0 ", "2026-11-20").validate(TODAY, 10);

        assertThat(document).isEqualTo(new NewDocument(DocumentType.FAQ, "ปัญหาถามตอบ", "1.0", LocalDate.of(2026, 11, 20)));
    }

    @Test
    void putsADocumentUpTodayWhenNoDateIsGiven() {
        NewDocument document = new DocumentForm("draft", "ร่างมาตรฐาน", "", null).validate(TODAY, 10);

        assertThat(document.type()).isEqualTo(DocumentType.DRAFT);
        assertThat(document.version()).isNull();
        assertThat(document.putUpOn()).isEqualTo(TODAY);
    }

    @Test
    void namesEveryFieldAtFaultAtOnce() {
        InvalidInputException refused = refused(new DocumentForm("PAMPHLET", " ", "v".repeat(41), "2026-11-27"), 0);

        assertThat(refused.violations()).extracting(Violation::field, Violation::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("type", "document.type-unknown"),
                org.assertj.core.groups.Tuple.tuple("label", "document.label-required"),
                org.assertj.core.groups.Tuple.tuple("version", "document.version-too-long"),
                org.assertj.core.groups.Tuple.tuple("putUpOn", "document.put-up-on-future"),
                org.assertj.core.groups.Tuple.tuple("file", "document.file-empty"));
    }

    @Test
    void refusesALabelLongerThanThreeHundredCharacters() {
        assertThat(fields(new DocumentForm("DRAFT", "ก".repeat(301), null, null))).containsExactly("label");
        assertThat(new DocumentForm("DRAFT", "ก".repeat(300), null, null).validate(TODAY, 1).label()).hasSize(300);
    }

    @Test
    void refusesADateThatIsNotIsoOrIsInTheFuture() {
        assertThat(fields(new DocumentForm("DRAFT", "ร่าง", null, "26/11/2569"))).containsExactly("putUpOn");
        assertThat(fields(new DocumentForm("DRAFT", "ร่าง", null, "2026-11-27"))).containsExactly("putUpOn");
        assertThatThrownBy(() -> new DocumentForm("DRAFT", "ร่าง", null, "2569-11-26").validate(TODAY, 1))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).singleElement()
                        .satisfies(v -> assertThat(v.code()).as("a Buddhist-era year, not a date in the future").isEqualTo("date.buddhist-year-typed")));
        assertThat(new DocumentForm("DRAFT", "ร่าง", null, "2026-11-26").validate(TODAY, 1).putUpOn()).isEqualTo(TODAY);
    }

    @Test
    void asksForAMissingType() {
        assertThat(refused(new DocumentForm(null, "ร่าง", null, null), 1).violations())
                .extracting(Violation::code).containsExactly("document.type-required");
    }

    private static List<String> fields(DocumentForm form) {
        return refused(form, 1).violations().stream().map(Violation::field).toList();
    }

    private static InvalidInputException refused(DocumentForm form, long fileSize) {
        return catchThrowableOfType(() -> form.validate(TODAY, fileSize), InvalidInputException.class);
    }
}
