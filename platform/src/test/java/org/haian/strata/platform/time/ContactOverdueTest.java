package org.haian.strata.platform.time;

import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContactOverdueTest {

    private final ContactOverdue overdue = new ContactOverdue(Period.ofDays(90));
    private final LocalDate touched = LocalDate.of(2025, 1, 1);

    @Test
    void aPersonIsOverdueFromTheDayAfterThePeriodEnds() {
        assertThat(overdue.firstOverdueDay(touched)).isEqualTo(LocalDate.of(2025, 4, 2));
        assertThat(overdue.isOverdue(touched, LocalDate.of(2025, 4, 1))).isFalse();
        assertThat(overdue.isOverdue(touched, LocalDate.of(2025, 4, 2))).isTrue();
    }

    @Test
    void aDayBeyondTheCalendarIsNeverOverdueInsteadOfFailing() {
        assertThat(overdue.firstOverdueDay(LocalDate.MAX.minusDays(10))).isEqualTo(LocalDate.MAX);
        assertThat(overdue.isOverdue(LocalDate.MAX.minusDays(10), LocalDate.of(2025, 4, 2))).isFalse();
    }
}
