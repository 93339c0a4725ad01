package th.go.dga.standards.taskform;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormValuesTests {

    @Test
    void readsMomentsWithTheirOffsetAndTextWithoutOneAsBangkokTime() {
        assertThat(FormValues.instant("2024-02-29T13:30+07:00")).contains(Instant.parse("2024-02-29T06:30:00Z"));
        assertThat(FormValues.instant("2024-02-29T06:30:00Z")).contains(Instant.parse("2024-02-29T06:30:00Z"));
        assertThat(FormValues.instant("2024-02-29T13:30")).contains(Instant.parse("2024-02-29T06:30:00Z"));
        assertThat(FormValues.instant(Date.from(Instant.parse("2024-02-29T06:30:00Z")))).contains(Instant.parse("2024-02-29T06:30:00Z"));
    }

    @Test
    void readsDaysAsTheFormSendsThem() {
        assertThat(FormValues.date("2024-02-15")).contains(LocalDate.of(2024, 2, 15));
        assertThat(FormValues.date("2024-02-15T00:00:00.000+0700")).contains(LocalDate.of(2024, 2, 15));
        assertThat(FormValues.date("1/ุุ4/2566")).isEmpty();
    }

    @Test
    void treatsBlankTextAsMissing() {
        assertThat(FormValues.text("  ")).isEmpty();
        assertThat(FormValues.text(" a ")).contains("a");
    }

    @Test
    void readsListsFromJsonOrJava() {
        assertThat(FormValues.items("[{\"a\": 1}]").orElseThrow()).hasSize(1);
        assertThat(FormValues.items("not json")).isEmpty();
        assertThat(FormValues.items(java.util.List.of("x"))).isEmpty();
    }
}
