package th.go.dga.standards.gazette;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GazettePublicationTests {

    private final LocalDate today = LocalDate.of(2026, 11, 26);

    @Test
    void takesEffectOnPublicationUnlessALaterDateIsSet() {
        assertThat(GazettePublication.of(138, "85 ง", 12, LocalDate.of(2021, 10, 12), null).effectiveOn()).isEqualTo(LocalDate.of(2021, 10, 12));
        assertThat(GazettePublication.of(138, "85 ง", 12, LocalDate.of(2021, 10, 12), LocalDate.of(2023, 10, 12)).effectiveOn())
                .isEqualTo(LocalDate.of(2023, 10, 12));
    }

    @Test
    void refusesAnEffectiveDateBeforePublication() {
        GazettePublication p = GazettePublication.of(138, "85 ง", 12, LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 19));

        assertThat(p.violations(LocalDate.of(2026, 11, 1), today)).extracting(v -> v.field() + ":" + v.code())
                .containsExactly("effectiveOn:gazette.effective-before-publication");
    }

    @Test
    void refusesAPublicationInTheFutureOrBeforeTheSubmission() {
        assertThat(GazettePublication.of(1, "1 ง", 1, LocalDate.of(2026, 12, 1), null).violations(null, today))
                .extracting(v -> v.code()).containsExactly("gazette.published-in-future");
        assertThat(GazettePublication.of(1, "1 ง", 1, LocalDate.of(2026, 11, 1), null).violations(LocalDate.of(2026, 11, 5), today))
                .extracting(v -> v.code()).containsExactly("gazette.published-before-submission");
    }

    @Test
    void citesVolumeSectionAndPage() {
        GazetteRecord record = new GazetteRecord("STD-1", "x", null, null, null, 138, "85 ง", 12, null, null);

        assertThat(record.citation()).isEqualTo("เล่ม 138 ตอนที่ 85 ง หน้า 12");
    }
}
