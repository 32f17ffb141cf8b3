package org.haian.strata.analytics.engine;

/**
 * How the read side runs in this instance.
 *
 * @param instance  who this instance is, for the token store's claims and the change feed
 * @param segments  the segments of each {@link EventCounting} source's processor: as many as the topics have
 *                  partitions, so that each partition belongs to one segment
 */
public record Settings(String instance, int segments) {
}
