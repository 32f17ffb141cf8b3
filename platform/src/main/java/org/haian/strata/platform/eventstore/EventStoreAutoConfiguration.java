package org.haian.strata.platform.eventstore;

import java.sql.SQLException;
import javax.sql.DataSource;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.modelling.saga.repository.jdbc.GenericSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSqlSchema;
import org.axonframework.springboot.autoconfig.JdbcAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/** Axon's JDBC event store, token store and saga store, on H2 locally and PostgreSQL in production. */
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

    /** The saga tables in the dialect at hand: Axon's generic DDL writes {@code blob}, which PostgreSQL lacks. */
    @Bean
    SagaSqlSchema sagaSqlSchema(DataSource dataSource) throws SQLException {
        return AxonSchema.isPostgres(dataSource) ? new PostgresSagaSqlSchema() : new GenericSagaSqlSchema();
    }

    @Bean
    AxonSchema axonSchema(DataSource dataSource, EventStorageEngine storageEngine, TokenStore tokenStore,
                          ObjectProvider<SagaStore<?>> sagaStore) {
        return new AxonSchema(dataSource, storageEngine, tokenStore, sagaStore.getIfAvailable());
    }
}
