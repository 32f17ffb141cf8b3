package org.haian.strata.contract.liaison;

import org.axonframework.serialization.Revision;
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
 * @param phone        personal data: consumers that work on counts must not keep it
 * @param email        personal data: consumers that work on counts must not keep it
 * @param wechat       the person's WeChat id; personal data: consumers that work on counts must not keep it
 */
@Revision("1")
public record PersonProfileUpdated(String personId, String township, Category category, String organisation,
                                   String role, String phone, String email, String wechat) implements TownshipEvent {
}
