package org.haian.strata.liaison.api.association;

/** Every association, by name; the city usually has one (新联会). */
public record ListAssociations() {
}
