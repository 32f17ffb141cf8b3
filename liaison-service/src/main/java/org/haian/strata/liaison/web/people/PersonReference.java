package org.haian.strata.liaison.web.people;

/** What a change to a person answers: whom it changed (for a registration also in the Location header). */
public record PersonReference(String personId) {
}
