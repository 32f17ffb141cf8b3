package org.haian.strata.liaison.web;

/** What a change to a person answers: whom it changed (for a registration also in the Location header). */
public record PersonReference(String personId) {
}
