package org.haian.strata.contract.liaison;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.TownshipEvent;

/**
 * A person now belongs to another township (区镇). It carries what a per-township count of the person needs to move
 * with them, so a consumer never has to replay the person's earlier events.
 *
 * @param personId              the person's aggregate id
 * @param fromTownship          the township the person leaves
 * @param toTownship            the township the person belongs to from now on; the event's tenant
 * @param category              the person's category
 * @param activeLiaisons        how many listed cadres befriend the person (0 = not under liaison)
 * @param representativeFigure  whether the person is a representative figure (代表人士)
 * @param politicalArrangements how many political arrangements (政治安排) the person has on record
 */
@Revision("1")
public record PersonMovedToTownship(String personId, String fromTownship, String toTownship, Category category,
                                    int activeLiaisons, boolean representativeFigure, int politicalArrangements)
        implements TownshipEvent {

    /** The township that owns the person after the move. */
    @Override
    public String township() {
        return toTownship;
    }
}
