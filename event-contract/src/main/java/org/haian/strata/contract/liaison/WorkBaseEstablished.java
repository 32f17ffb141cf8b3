package org.haian.strata.contract.liaison;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.personal.NotPersonalData;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.TownshipEvent;

/**
 * A work base (工作基地) for one category was set up, anchored on an organisation in the registry.
 *
 * @param baseId               the base's aggregate id
 * @param name                 the base's name
 * @param category             the category the base serves
 * @param township             the township the base is in
 * @param anchorOrganisationId the organisation that hosts the base, e.g. a tax-agent firm or a creative workshop
 */
@Revision("1")
public record WorkBaseEstablished(String baseId, @NotPersonalData("a work base's name") String name,
                                  Category category, String township, String anchorOrganisationId) implements TownshipEvent {
}
