package th.go.dga.standards.registry;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import th.go.dga.standards.validation.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StandardCodeTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            มสพร. 1-2564        | มสพร. 1 : 2564
            มสพร. 2-1:2564      | มสพร. 2-1 : 2564
            มสพร. 2-2:2564      | มสพร. 2-2 : 2564
            มสพร. 6-1 : 2566    | มสพร. 6-1 : 2566
            มสพร. 6-2565        | มสพร. 6 : 2565
            มรด. 12001:2563     | มรด. 12001 : 2563
            มรด-12001:2563      | มรด. 12001 : 2563
            มรด. 1-1:2564       | มรด. 1-1 : 2564
            มรด. 2-1:2565       | มรด. 2-1 : 2565
            มสพร.6-5:2567       | มสพร. 6-5 : 2567
            มสพร ๖-๕ : ๒๕๖๗     | มสพร. 6-5 : 2567
            """)
    void parsesEverySpellingOfTheSourceToOneCanonicalForm(String spelling, String canonical) {
        StandardCode code = StandardCode.parse(spelling);

        assertThat(code.format()).isEqualTo(canonical);
        assertThat(StandardCode.parse(code.format())).isEqualTo(code);
    }

    @Test
    void readsKindNumberPartAndYear() {
        StandardCode code = StandardCode.parse("มสพร. 6-5 : 2567");

        assertThat(code).isEqualTo(new StandardCode(StandardKind.MSPR, 6, 5, 2567));
        assertThat(StandardCode.parse("มสพร. 1-2564").part()).isNull();
        assertThat(StandardCode.parse("มรด. 12001:2563").kind()).isEqualTo(StandardKind.MRD);
    }

    @ParameterizedTest
    @ValueSource(strings = {"มสพร. x-1:25", "มสพร. 6-1:25", "มสพร. 6-1:2023", "มสพร. 6-1 : 256x", "6-1 : 2566",
            "ISO 9001:2015", "มสพร. 0-1 : 2566", "มสพร. 6-1 : 2566 เพิ่มเติม", "มสพร. 6--1 : 2566", "มสพร. 6-1 ;2566"})
    void refusesWhatIsNotACodeAndNamesTheField(String text) {
        assertThatThrownBy(() -> StandardCode.parse(text, "revisesCode"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations()).allSatisfy(v -> assertThat(v.field()).isEqualTo("revisesCode")));
    }

    @Test
    void explainsAYearThatIsNotBuddhistEra() {
        assertThatThrownBy(() -> StandardCode.parse("มสพร. 6-1:2023"))
                .hasMessageContaining("2023").hasMessageContaining("พุทธศักราช");
    }

    @Test
    void refusesAnEmptyCode() {
        assertThatThrownBy(() -> StandardCode.parse("  ")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> StandardCode.parse(null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void ordersByKindNumberPartAndYear() {
        assertThat(StandardCode.parse("มสพร. 6-2 : 2566")).isGreaterThan(StandardCode.parse("มสพร. 6-1 : 2566"));
        assertThat(StandardCode.parse("มสพร. 6-1 : 2566")).isGreaterThan(StandardCode.parse("มสพร. 6-2565"));
        assertThat(StandardCode.parse("มรด. 1-1:2564")).isGreaterThan(StandardCode.parse("มสพร. 6-4 : 2566"));
    }

    @Test
    void hasAnAsciiSlugForAddresses() {
        assertThat(StandardCode.parse("มสพร. 6-1 : 2566").slug()).isEqualTo("MSPR-6-1-2566");
        assertThat(StandardCode.parse("มรด. 12001:2563").slug()).isEqualTo("MRD-12001-2563");
    }

    @Test
    void takesTheBuddhistEraYearOfTheDayOfSigning() {
        assertThat(StandardCode.signedOn(StandardKind.MSPR, 6, 1, LocalDate.of(2023, 8, 22)).format()).isEqualTo("มสพร. 6-1 : 2566");
        assertThat(StandardCode.signedOn(StandardKind.MRD, 2, null, LocalDate.of(2023, 12, 31)).year()).isEqualTo(2566);
        assertThat(StandardCode.signedOn(StandardKind.MRD, 2, null, LocalDate.of(2024, 1, 1)).year()).isEqualTo(2567);
    }
}
