package org.haian.strata.platform.time;

import java.time.Clock;
import java.time.Period;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * "Today" is a day in Hai'an ({@code haian.time-zone}), not on the server's clock: a cadre logging this morning's
 * visit at 7 o'clock must not be told the date is in the future by a server running on UTC, where it is still
 * yesterday. The edge's {@code @PastDate} and {@code @PlanDate}, the overdue flags of a cadre's list and the overdue figures in
 * analytics all use this clock.
 */
@Configuration(proxyBeanMethods = false)
public class HaianTime {

    @Bean
    @ConditionalOnMissingBean
    Clock haianClock(@Value("${haian.time-zone}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }

    @Bean
    @ConditionalOnMissingBean
    ContactOverdue contactOverdue(Environment environment) {
        return new ContactOverdue(Binder.get(environment).bind("haian.contact-overdue-after", Period.class).get());
    }

    @Bean
    ValidationConfigurationCustomizer validationInHaianTime(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock);
    }
}
