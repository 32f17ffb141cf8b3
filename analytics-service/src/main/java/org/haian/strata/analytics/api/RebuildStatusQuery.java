package org.haian.strata.analytics.api;

/** How far a rebuild has come. */
public record RebuildStatusQuery(String rebuildId) {
}
