package org.haian.strata.analytics.api;

/** Builds every read model again from the beginning of the topics into new collections, then switches to them. */
public record StartRebuild(String rebuildId) {
}
