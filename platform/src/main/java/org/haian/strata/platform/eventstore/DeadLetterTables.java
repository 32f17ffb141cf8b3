package org.haian.strata.platform.eventstore;

import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.GenericDeadLetterTableFactory;

/**
 * Axon's DDL for the dead-letter table, made safe to run at every start and on PostgreSQL: Axon writes its indexes
 * as plain {@code CREATE INDEX} (which fails once they exist), names the primary key {@code PK} (a name PostgreSQL
 * keeps per schema, not per table) and stores serialized data as {@code BLOB}, which PostgreSQL lacks.
 */
final class DeadLetterTables extends GenericDeadLetterTableFactory {

    private final boolean postgres;

    DeadLetterTables(boolean postgres) {
        this.postgres = postgres;
    }

    @Override
    protected String createTableSql(DeadLetterSchema schema) {
        return super.createTableSql(schema).replace("CONSTRAINT PK PRIMARY KEY", "PRIMARY KEY");
    }

    @Override
    protected String processingGroupIndexSql(DeadLetterSchema schema) {
        return ifNotExists(super.processingGroupIndexSql(schema));
    }

    @Override
    protected String sequenceIdentifierIndexSql(DeadLetterSchema schema) {
        return ifNotExists(super.sequenceIdentifierIndexSql(schema));
    }

    @Override
    protected String serializedDataType() {
        return postgres ? "BYTEA" : super.serializedDataType();
    }

    private static String ifNotExists(String createIndex) {
        return createIndex.replaceFirst("^CREATE INDEX ", "CREATE INDEX IF NOT EXISTS ");
    }
}
