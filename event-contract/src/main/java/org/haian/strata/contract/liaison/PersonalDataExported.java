package org.haian.strata.contract.liaison;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.TownshipEvent;

/**
 * Everything held about a person was handed out as one document (a subject-access request); who asked is the
 * event's acting user.
 *
 * @param personId the person's aggregate id
 * @param township the person's township
 * @param category the person's category
 */
@Revision("1")
public record PersonalDataExported(String personId, String township, Category category) implements TownshipEvent {
}
