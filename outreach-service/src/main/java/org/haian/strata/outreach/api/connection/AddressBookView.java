package org.haian.strata.outreach.api.connection;

import java.util.List;

/** A keeper's address book: the people in it, no names (those are liaison's). */
public record AddressBookView(String bookId, String township, String keeperCadreId, List<Entry> entries) {

    public record Entry(String personId, boolean online) {
    }
}
