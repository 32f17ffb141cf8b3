package org.haian.strata.liaison.api;

/** Every joint conference, by name; the city usually has one. */
public record ListConferences() {
}
