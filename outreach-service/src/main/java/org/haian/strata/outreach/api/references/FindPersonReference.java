package org.haian.strata.outreach.api.references;

/** Outreach's view of one person; empty while they are unknown here. */
public record FindPersonReference(String personId) {
}
