package org.haian.strata.contract.outreach;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.TownshipEvent;

/**
 * A person left a keeper's address book.
 *
 * @param bookId   the book
 * @param township the book's township
 * @param personId the person
 */
@Revision("1")
public record AddressBookEntryRemoved(String bookId, String township, String personId) implements TownshipEvent {
}
