package org.haian.strata.platform.eventstore;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.GenericTokenTableFactory;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.PostgresTokenTableFactory;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenTableFactory;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventTableFactory;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * Creates Axon's event, snapshot and token tables with Axon's own DDL for the database at hand (H2 locally,
 * PostgreSQL in production). Axon writes every statement as {@code CREATE TABLE IF NOT EXISTS}, so this runs at
 * every start, before any processor or command touches the tables.
 */
public class AxonSchema implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(AxonSchema.class);

    private final DataSource dataSource;
    private final EventStorageEngine storageEngine;
    private final TokenStore tokenStore;

    public AxonSchema(DataSource dataSource, EventStorageEngine storageEngine, TokenStore tokenStore) {
        this.dataSource = dataSource;
        this.storageEngine = storageEngine;
        this.tokenStore = tokenStore;
    }

    @Override
    public void afterPropertiesSet() throws SQLException {
        boolean postgres = isPostgres();
        if (storageEngine instanceof JdbcEventStorageEngine jdbc) {
            EventTableFactory events = postgres ? PostgresEventTableFactory.INSTANCE : H2EventTableFactory.INSTANCE;
            jdbc.createSchema(events);
        }
        if (tokenStore instanceof JdbcTokenStore jdbc) {
            TokenTableFactory tokens = postgres ? PostgresTokenTableFactory.INSTANCE : GenericTokenTableFactory.INSTANCE;
            jdbc.createSchema(tokens);
        }
        log.info("Axon event store and token store tables are in place ({})", postgres ? "PostgreSQL" : "H2");
    }

    private boolean isPostgres() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        }
    }
}
