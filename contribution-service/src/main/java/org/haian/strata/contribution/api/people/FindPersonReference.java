package org.haian.strata.contribution.api.people;

/** What this service knows of a person of liaison's registry, to check a reference to them. */
public record FindPersonReference(String personId) {
}
