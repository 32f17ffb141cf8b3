package org.haian.strata.platform.eventstore;

import javax.sql.DataSource;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.springboot.autoconfig.JdbcAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/** Axon's JDBC event store and token store, on H2 locally and PostgreSQL in production. */
@AutoConfiguration(before = JdbcAutoConfiguration.class)
public class EventStoreAutoConfiguration {

    /**
     * Recognises "this aggregate id is taken" by the SQL standard's unique-violation state (23505), which H2 and
     * PostgreSQL both report. Axon's JDBC default looks for {@code SQLIntegrityConstraintViolationException}, which
     * neither driver throws for the batched insert of events, so a second creation under one id surfaced as a
     * storage failure instead of a conflict.
     */
    @Bean
    PersistenceExceptionResolver uniqueViolationResolver() {
        return new SQLStateResolver("23505");
    }

    @Bean
    AxonSchema axonSchema(DataSource dataSource, EventStorageEngine storageEngine, TokenStore tokenStore) {
        return new AxonSchema(dataSource, storageEngine, tokenStore);
    }
}
