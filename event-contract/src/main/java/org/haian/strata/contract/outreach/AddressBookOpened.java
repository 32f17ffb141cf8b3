package org.haian.strata.contract.outreach;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.TownshipEvent;

/**
 * A science-and-technology town mayor or a township cadre opened their address book (通讯录) of the enterprise
 * staff they keep in touch with (专业相通).
 *
 * @param bookId        the book's aggregate id, {@code book-<cadreId>}: one book per keeper
 * @param township      the township the keeper works in
 * @param keeperCadreId the keeper, a cadre of liaison's registry
 */
@Revision("1")
public record AddressBookOpened(String bookId, String township, String keeperCadreId) implements TownshipEvent {
}
