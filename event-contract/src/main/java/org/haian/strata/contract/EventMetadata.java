package org.haian.strata.contract;

/**
 * Metadata every published event carries. Axon's Kafka converter writes each entry as a record header named
 * {@code axon-metadata-<key>}, beside {@code axon-message-id}, {@code axon-message-type},
 * {@code axon-message-revision} and {@code axon-message-timestamp}.
 */
public final class EventMetadata {

    /** The user on whose behalf the command that caused the event was sent. */
    public static final String ACTING_USER = "actingUser";
    /** The id of the outside request (one HTTP call at the gateway) that led to the event. */
    public static final String REQUEST_ID = "requestId";
    /** The township (tenant) the event belongs to. */
    public static final String TOWNSHIP = "township";
    /** The bulk import (批量导入) whose row caused the event; absent on everything not imported. */
    public static final String IMPORT_BATCH = "importBatch";

    /** Header names on the Kafka record, as Axon's Kafka converter writes them. */
    public static final String ACTING_USER_HEADER = "axon-metadata-" + ACTING_USER;
    public static final String REQUEST_ID_HEADER = "axon-metadata-" + REQUEST_ID;
    public static final String TOWNSHIP_HEADER = "axon-metadata-" + TOWNSHIP;

    private EventMetadata() {
    }
}
