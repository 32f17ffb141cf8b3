package org.haian.strata.contract.liaison;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.TownshipEvent;

/**
 * A work base (工作基地) closed and takes no further changes.
 *
 * @param baseId   the base's aggregate id
 * @param township the township the base was in
 * @param category the category the base served
 * @param reason   why it closed
 */
@Revision("1")
public record WorkBaseClosed(String baseId, String township, Category category, String reason)
        implements TownshipEvent {
}
