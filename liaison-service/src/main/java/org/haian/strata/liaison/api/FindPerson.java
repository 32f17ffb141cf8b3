package org.haian.strata.liaison.api;

/** The registry entry of one person. */
public record FindPerson(String personId) {
}
