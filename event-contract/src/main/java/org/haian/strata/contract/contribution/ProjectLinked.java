package org.haian.strata.contract.contribution;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.TownshipEvent;

/**
 * A person was linked to a village collective project they help (挂钩帮扶村集体项目).
 *
 * @param villageId the village's aggregate id
 * @param linkId    the link's id
 * @param personId  the person's id in liaison's registry
 * @param township  the village's township
 * @param category  the person's category
 * @param project   the project
 */
@Revision("1")
public record ProjectLinked(String villageId, String linkId, String personId, String township, Category category,
                            String project) implements TownshipEvent {
}
