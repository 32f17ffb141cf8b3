package org.haian.strata.contract.liaison;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.personal.DataSubject;
import org.haian.strata.contract.personal.PersonalData;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.TownshipEvent;

/**
 * A person left the registry (e.g. left the area) and takes no further changes. Every listed liaison with them has
 * ended by the time this event is written, each with its own {@link LiaisonEnded}. It carries what counts of the
 * person need to forget them without replaying their earlier events.
 *
 * @param personId              the person's aggregate id
 * @param township              the person's township
 * @param category              the person's category
 * @param reason                why the person left the registry; personal data, encrypted with the person's own key: null where the key is not, or no longer, held
 * @param representativeFigure  whether the person was a representative figure (代表人士) until now
 * @param politicalArrangements how many political arrangements (政治安排) the person had on record
 */
@Revision("2")
public record PersonArchived(@DataSubject String personId, String township, Category category,
                             @PersonalData String reason,
                             boolean representativeFigure, int politicalArrangements) implements TownshipEvent {
}
