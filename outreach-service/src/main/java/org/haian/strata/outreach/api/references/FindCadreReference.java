package org.haian.strata.outreach.api.references;

/** Outreach's view of one cadre; empty while they are unknown here. */
public record FindCadreReference(String cadreId) {
}
