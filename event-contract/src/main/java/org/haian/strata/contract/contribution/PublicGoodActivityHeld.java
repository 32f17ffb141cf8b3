package org.haian.strata.contract.contribution;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.TownshipEvent;

/**
 * The association held a public-good activity (公益活动) with its people.
 *
 * @param activityId     the activity's aggregate id
 * @param township       the township it was held in
 * @param category       the category it is counted in
 * @param kind           charity, culture or a salon
 * @param title          what it was
 * @param heldOn         the day it was held
 * @param participantIds the people who took part, by their ids in liaison's registry
 */
@Revision("1")
public record PublicGoodActivityHeld(String activityId, String township, Category category, PublicGoodActivityKind kind,
                                     String title, LocalDate heldOn, List<String> participantIds)
        implements TownshipEvent {
}
