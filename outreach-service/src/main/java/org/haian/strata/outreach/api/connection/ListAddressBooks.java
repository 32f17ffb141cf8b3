package org.haian.strata.outreach.api.connection;

/** A page of address books by id; {@code township} {@code null} for every township. */
public record ListAddressBooks(String township, int page, int size) {
}
