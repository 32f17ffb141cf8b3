package org.haian.strata.contract.liaison;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.TownshipEvent;

/**
 * A person's registration made by a bulk import (批量导入) was withdrawn when the import was undone: the
 * registration is taken back as a whole, so every list and every count that took the person in lets them go again
 * from this day, as an archive does. Only a registration nothing has been built on since is withdrawn (no listed
 * liaison, designation or political arrangement); the person's earlier events stay in history.
 *
 * @param personId    the person's aggregate id
 * @param township    the person's township
 * @param category    the person's category
 * @param importBatch the id of the import that registered the person and is undone now
 */
@Revision("1")
public record PersonRegistrationWithdrawn(String personId, String township, Category category, String importBatch)
        implements TownshipEvent {
}
