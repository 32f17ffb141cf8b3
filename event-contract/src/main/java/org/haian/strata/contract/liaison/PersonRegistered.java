package org.haian.strata.contract.liaison;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.personal.DataSubject;
import org.haian.strata.contract.personal.PersonalData;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.TownshipEvent;

/**
 * A new-social-strata person (新的社会阶层人士) was entered in the registry.
 *
 * @param personId     the person's aggregate id
 * @param name         the person's name; personal data, encrypted with the person's own key: null where the key is not, or no longer, held
 * @param category     which of the four categories the person belongs to
 * @param township     the township (区镇) that registered the person
 * @param organisation where the person works
 * @param role         the person's role there
 */
@Revision("2")
public record PersonRegistered(@DataSubject String personId, @PersonalData String name, Category category, String township,
                               String organisation, String role) implements TownshipEvent {
}
