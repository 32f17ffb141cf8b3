package org.haian.strata.contract.liaison;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.personal.NotPersonalData;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.TownshipEvent;

/**
 * An organisation's registry entry was replaced by new details. It carries the earlier values of everything a
 * consumer counts or sums by (township, category, headcount, followers), so that consumer can move its figures from
 * this one event.
 *
 * @param organisationId    the organisation's aggregate id
 * @param name              the organisation's name
 * @param kind              what kind of organisation it is (fixed at registration)
 * @param category          the category of the people who work there, from now on
 * @param township          the township it is in, from now on; the event's tenant
 * @param headcount         how many people work there, from now on
 * @param influence         how much weight it carries, 0 to 100
 * @param followers         the follower count of a MEDIA_OUTLET; null for every other kind
 * @param previousCategory  the category before this update
 * @param previousTownship  the township before this update
 * @param previousHeadcount the headcount before this update
 * @param previousFollowers the follower count before this update; null for every kind but MEDIA_OUTLET
 */
@Revision("1")
public record OrganisationUpdated(String organisationId,
                                  @NotPersonalData("an organisation's name, public") String name,
                                  OrganisationKind kind, Category category, String township, int headcount,
                                  int influence, Integer followers, Category previousCategory,
                                  String previousTownship, int previousHeadcount, Integer previousFollowers)
        implements TownshipEvent {
}
