package org.haian.strata.analytics.engine;

import java.time.Clock;

import com.mongodb.client.MongoDatabase;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;

/**
 * What the read side runs on: the read-model database, the context topics, the processors' token store, and Hai'an's
 * clock (whose zone decides on which day an event was recorded).
 */
public record Infrastructure(MongoDatabase database, ContextTopics topics, TokenStore tokens,
                             TransactionManager transactions, Processors processors, Clock clock) {
}
