package org.haian.strata.analytics.api;

/** The townships figures are kept for, with their names. */
public record TownshipsQuery() {
}
