package org.haian.strata.contract.liaison;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.TownshipEvent;

/**
 * A person's designation as a representative figure (代表人士) was withdrawn.
 *
 * @param personId the person's aggregate id
 * @param township the person's township
 * @param category the person's category
 */
@Revision("1")
public record RepresentativeFigureWithdrawn(String personId, String township, Category category)
        implements TownshipEvent {
}
