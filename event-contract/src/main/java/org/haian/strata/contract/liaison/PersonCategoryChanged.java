package org.haian.strata.contract.liaison;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.TownshipEvent;

/**
 * A person was found to belong to another of the four categories. It carries what a per-category count of the
 * person needs to move with them, so a consumer never has to replay the person's earlier events.
 *
 * @param personId              the person's aggregate id
 * @param township              the person's township
 * @param fromCategory          the category the person leaves
 * @param toCategory            the category the person belongs to from now on
 * @param activeLiaisons        how many listed cadres befriend the person (0 = not under liaison)
 * @param representativeFigure  whether the person is a representative figure (代表人士)
 * @param politicalArrangements how many political arrangements (政治安排) the person has on record
 */
@Revision("1")
public record PersonCategoryChanged(String personId, String township, Category fromCategory, Category toCategory,
                                    int activeLiaisons, boolean representativeFigure, int politicalArrangements)
        implements TownshipEvent {
}
