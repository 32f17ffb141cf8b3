package org.haian.strata.contract.liaison;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.personal.NotPersonalData;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.TownshipEvent;

/**
 * An organisation where new-social-strata people work was entered in the registry.
 *
 * @param organisationId the organisation's aggregate id
 * @param name           the organisation's name
 * @param kind           what kind of organisation it is
 * @param category       the category of the people who work there
 * @param township       the township (区镇) it is in
 * @param headcount      how many people work there
 * @param influence      how much weight it carries, 0 to 100; decides visit priority
 * @param followers      the follower count of a MEDIA_OUTLET; null for every other kind
 */
@Revision("1")
public record OrganisationRegistered(String organisationId,
                                     @NotPersonalData("an organisation's name, public") String name,
                                     OrganisationKind kind, Category category, String township, int headcount,
                                     int influence, Integer followers)
        implements TownshipEvent {
}
