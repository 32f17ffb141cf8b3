package org.haian.strata.contract.outreach;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.TownshipEvent;

/**
 * An activity of a programme (服务融情) or a co-hosted event (同行合台) was organised.
 *
 * @param activityId   the activity's aggregate id
 * @param township     the township that runs it
 * @param category     the category it serves
 * @param kind         what it is, which says its programme
 * @param title        what it is called
 * @param heldOn       the day it is held
 * @param partnerUnits the units it is run with (文联, 社科联 ...), each once; may be empty, never for a co-hosted one
 */
@Revision("1")
public record ActivityOrganised(String activityId, String township, Category category, ActivityKind kind,
                                String title, LocalDate heldOn, List<String> partnerUnits) implements TownshipEvent {
}
