package th.go.dga.standards.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DueDateTests {

    private static final Instant DUE = at("2026-12-10T23:59+07:00");

    @Test
    void countsCalendarDaysInBangkok() {
        DueDate due = DueDate.of(DUE, at("2026-12-07T08:00+07:00"));

        assertThat(due.day()).isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(due.daysLeft()).isEqualTo(3);
        assertThat(due.overdue()).isFalse();
    }

    @Test
    void countsTheSameDaysWhateverZoneTheMomentIsWrittenIn() {
        // 06:30 in Bangkok on 7 December is still 6 December in New York
        assertThat(DueDate.of(DUE, at("2026-12-06T18:30-05:00")).daysLeft()).isEqualTo(3);
    }

    @Test
    void isDueTodayUntilItsMomentAndOverdueAfter() {
        assertThat(DueDate.of(DUE, at("2026-12-10T20:00+07:00"))).satisfies(d -> {
            assertThat(d.daysLeft()).isZero();
            assertThat(d.overdue()).isFalse();
        });
        assertThat(DueDate.of(DUE, at("2026-12-12T09:00+07:00"))).satisfies(d -> {
            assertThat(d.overdue()).isTrue();
            assertThat(d.daysLate()).isEqualTo(2);
        });
    }

    private static Instant at(String moment) {
        return OffsetDateTime.parse(moment).toInstant();
    }
}
