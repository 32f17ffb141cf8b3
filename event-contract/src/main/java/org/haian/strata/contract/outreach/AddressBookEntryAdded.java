package org.haian.strata.contract.outreach;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.TownshipEvent;

/**
 * A registered member of the enterprise staff entered a keeper's address book, with how they keep in touch.
 *
 * @param bookId   the book
 * @param township the book's township
 * @param personId the person
 * @param category the person's category, enterprise staff
 * @param online   whether the contact goes online (a group, an app) rather than in person
 */
@Revision("1")
public record AddressBookEntryAdded(String bookId, String township, String personId, Category category,
                                    boolean online) implements TownshipEvent {
}
