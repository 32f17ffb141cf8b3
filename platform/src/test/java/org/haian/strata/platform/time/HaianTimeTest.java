package org.haian.strata.platform.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.validation.Validator;
import jakarta.validation.constraints.PastOrPresent;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** "Today" at the edge is a day in Hai'an, whatever zone the server runs in. */
class HaianTimeTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(HaianTime.class)
            .withPropertyValues("haian.time-zone=Asia/Shanghai", "haian.contact-overdue-after=P90D");

    @Test
    void theClockIsHaiansWhateverTheServersZone() {
        context.run(running -> assertThat(running.getBean(Clock.class).getZone()).isEqualTo(ZoneId.of("Asia/Shanghai")));
    }

    @Test
    void aDateThatIsTodayInHaianIsNotInTheFutureThoughItIsTomorrowOnUtc() {
        // 20:00 UTC on 1 March is 04:00 on 2 March in Hai'an.
        Clock evening = Clock.fixed(Instant.parse("2025-03-01T20:00:00Z"), ZoneId.of("Asia/Shanghai"));
        context.withBean(Clock.class, () -> evening).run(running -> {
            Validator validator = running.getBean(Validator.class);

            assertThat(validator.validate(new Dated(LocalDate.of(2025, 3, 2)))).isEmpty();
            assertThat(validator.validate(new Dated(LocalDate.of(2025, 3, 3)))).isNotEmpty();
        });
    }

    record Dated(@PastOrPresent LocalDate date) {
    }
}
