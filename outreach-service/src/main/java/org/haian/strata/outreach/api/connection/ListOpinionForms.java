package org.haian.strata.outreach.api.connection;

/** A page of opinion forms by title; {@code township} {@code null} for every township. */
public record ListOpinionForms(String township, int page, int size) {
}
