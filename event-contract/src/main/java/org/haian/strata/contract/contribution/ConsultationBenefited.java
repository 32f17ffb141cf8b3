package org.haian.strata.contract.contribution;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.TownshipEvent;

/**
 * A named member benefited from a consultation: one event per member, so that a person is counted once however
 * many consultations they had.
 *
 * @param consultationId the consultation's aggregate id
 * @param personId       the member who benefited
 * @param township       the consultation's township
 * @param category       the consultation's category
 */
@Revision("1")
public record ConsultationBenefited(String consultationId, String personId, String township, Category category)
        implements TownshipEvent {
}
