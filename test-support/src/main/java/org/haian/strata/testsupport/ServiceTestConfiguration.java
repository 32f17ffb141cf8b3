package org.haian.strata.testsupport;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/** The beans a {@link ServiceIT} gets besides the service's own. */
@TestConfiguration(proxyBeanMethods = false)
class ServiceTestConfiguration {

    @Bean
    StoredEvents storedEvents(JdbcTemplate jdbc) {
        return new StoredEvents(jdbc);
    }

    @Bean
    ServiceClient serviceClient(Environment environment, StoredEvents storedEvents) {
        return new ServiceClient(environment, storedEvents);
    }
}
