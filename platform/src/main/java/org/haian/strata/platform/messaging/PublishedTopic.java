package org.haian.strata.platform.messaging;

/**
 * The one Kafka topic a service publishes all its events to; declare it as a bean and the platform routes every
 * event there and creates the topic at start-up.
 */
public record PublishedTopic(String name) {
}
