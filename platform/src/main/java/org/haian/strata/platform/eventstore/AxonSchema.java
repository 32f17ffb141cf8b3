package org.haian.strata.platform.eventstore;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.GenericTokenTableFactory;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.PostgresTokenTableFactory;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenTableFactory;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventTableFactory;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.modelling.saga.repository.jdbc.JdbcSagaStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * Creates Axon's event, snapshot, token, saga and dead-letter tables with Axon's own DDL for the database at hand (H2 locally,
 * PostgreSQL in production). Axon writes the event and token statements as {@code CREATE TABLE IF NOT EXISTS}; its
 * saga DDL is a plain {@code CREATE TABLE}, so those tables are created only when the database lacks them. This
 * runs at every start, before any processor or command touches the tables.
 */
public class AxonSchema implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(AxonSchema.class);

    private final DataSource dataSource;
    private final EventStorageEngine storageEngine;
    private final TokenStore tokenStore;
    private final SagaStore<?> sagaStore;

    /** @param sagaStore {@code null} where Axon configured none */
    public AxonSchema(DataSource dataSource, EventStorageEngine storageEngine, TokenStore tokenStore,
                      SagaStore<?> sagaStore) {
        this.dataSource = dataSource;
        this.storageEngine = storageEngine;
        this.tokenStore = tokenStore;
        this.sagaStore = sagaStore;
    }

    @Override
    public void afterPropertiesSet() throws SQLException {
        boolean postgres = isPostgres(dataSource);
        if (storageEngine instanceof JdbcEventStorageEngine jdbc) {
            EventTableFactory events = postgres ? PostgresEventTableFactory.INSTANCE : H2EventTableFactory.INSTANCE;
            jdbc.createSchema(events);
        }
        if (tokenStore instanceof JdbcTokenStore jdbc) {
            TokenTableFactory tokens = postgres ? PostgresTokenTableFactory.INSTANCE : GenericTokenTableFactory.INSTANCE;
            jdbc.createSchema(tokens);
        }
        if (sagaStore instanceof JdbcSagaStore jdbc && !hasTable("SagaEntry")) {
            jdbc.createSchema();
        }
        try (Connection connection = dataSource.getConnection();
             Statement deadLetters = new DeadLetterTables(postgres).createTableStatement(connection,
                     DeadLetterSchema.defaultSchema())) {
            deadLetters.executeBatch();
        }
        log.info("Axon event store, token store, saga store and dead-letter tables are in place ({})",
                postgres ? "PostgreSQL" : "H2");
    }

    static boolean isPostgres(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        }
    }

    /** Whether the table exists, in whichever case the database folded its unquoted name to. */
    private boolean hasTable(String name) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            for (String folded : List.of(name.toUpperCase(Locale.ROOT), name.toLowerCase(Locale.ROOT))) {
                try (ResultSet tables = metaData.getTables(connection.getCatalog(), null, folded, null)) {
                    if (tables.next()) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
