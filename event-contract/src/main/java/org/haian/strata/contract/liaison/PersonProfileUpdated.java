package org.haian.strata.contract.liaison;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.personal.DataSubject;
import org.haian.strata.contract.personal.PersonalData;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.TownshipEvent;

/**
 * A person's profile in the registry was replaced by a new one; a field that is null was cleared.
 *
 * @param personId     the person's aggregate id
 * @param township     the person's township (区镇) now
 * @param category     the person's category now
 * @param organisation where the person works
 * @param role         the person's role there
 * @param phone        personal data, encrypted with the person's own key: null where the key is not, or no longer, held
 * @param email        personal data, encrypted with the person's own key: null where the key is not, or no longer, held
 * @param wechat       the person's WeChat id; personal data, encrypted with the person's own key: null where the key is not, or no longer, held
 */
@Revision("2")
public record PersonProfileUpdated(@DataSubject String personId, String township, Category category, String organisation,
                                   String role, @PersonalData String phone, @PersonalData String email,
                                   @PersonalData String wechat) implements TownshipEvent {
}
