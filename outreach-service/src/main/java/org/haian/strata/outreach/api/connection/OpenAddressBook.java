package org.haian.strata.outreach.api.connection;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.haian.strata.outreach.api.references.CadreReference;

/**
 * 建立通讯录 - a keeper's address book; its id is {@link #idOf} the keeper, so a keeper has one.
 *
 * @param township the township the caller acts for; {@code null}: a township cadre's own
 * @param keeper   what outreach's view knows of {@code keeperCadreId}
 */
public record OpenAddressBook(@TargetAggregateIdentifier String bookId, String township, String keeperCadreId,
                              CadreReference keeper) {

    /** A cadre's id is their sign-in name, letters, digits, '.', '_' and '-': this is one id per keeper. */
    public static String idOf(String keeperCadreId) {
        return "book-" + keeperCadreId;
    }
}
