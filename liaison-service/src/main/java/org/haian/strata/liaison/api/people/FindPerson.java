package org.haian.strata.liaison.api.people;

/** The registry entry of one person. */
public record FindPerson(String personId) {
}
