package org.haian.strata.platform.time;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Days outside the window of this work are refused at the edge, whichever way they are out. */
class DateWindowTest {

    private static final ZoneId HAIAN = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

    private final Validator validator = Validation.byDefaultProvider().configure()
            .clockProvider(() -> Clock.fixed(TODAY.atTime(12, 0).atZone(HAIAN).toInstant(), HAIAN))
            .buildValidatorFactory().getValidator();

    record Happened(@PastDate LocalDate day) {
    }

    record Planned(@PlanDate LocalDate day) {
    }

    @Test
    void aDayThatHappenedLiesBetweenTheFoundingAndToday() {
        assertThat(validator.validate(new Happened(LocalDate.of(1949, 10, 1)))).isEmpty();
        assertThat(validator.validate(new Happened(TODAY))).isEmpty();
        assertThat(validator.validate(new Happened(LocalDate.of(1949, 9, 30)))).isNotEmpty();
        assertThat(validator.validate(new Happened(TODAY.plusDays(1)))).isNotEmpty();
        assertThat(validator.validate(new Happened(LocalDate.MAX))).isNotEmpty();
    }

    @Test
    void aPlannedDayLiesNoMoreThanTenYearsAhead() {
        assertThat(validator.validate(new Planned(TODAY.plusYears(10)))).isEmpty();
        assertThat(validator.validate(new Planned(TODAY.plusYears(10).plusDays(1)))).isNotEmpty();
        assertThat(validator.validate(new Planned(LocalDate.of(-999_999_999, 1, 1)))).isNotEmpty();
    }
}
