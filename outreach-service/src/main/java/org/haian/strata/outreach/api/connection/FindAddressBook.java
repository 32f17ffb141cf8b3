package org.haian.strata.outreach.api.connection;

/** One address book. */
public record FindAddressBook(String bookId) {
}
