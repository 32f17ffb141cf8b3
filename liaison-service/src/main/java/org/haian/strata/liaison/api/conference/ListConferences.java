package org.haian.strata.liaison.api.conference;

/** Every joint conference, by name; the city usually has one. */
public record ListConferences() {
}
