package org.haian.strata.contract.liaison;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.personal.DataSubject;
import org.haian.strata.contract.personal.PersonalData;

/**
 * A leader or cadre was entered in the registry of those who may be listed to befriend people (列名联系的领导干部).
 * City-level cadres belong to no township, so this is not a {@link org.haian.strata.contract.TownshipEvent}; a
 * township cadre's township is in the payload.
 *
 * @param cadreId  the cadre's aggregate id
 * @param name     the cadre's name; personal data, encrypted with the cadre's own key
 * @param level    the cadre's rank
 * @param township the township of a TOWNSHIP-level cadre; null for the city leadership and city departments
 * @param post     the cadre's post or title, e.g. "deputy head of Libao town"; may be null
 */
@Revision("2")
public record CadreRegistered(@DataSubject String cadreId, @PersonalData String name, CadreLevel level, String township, String post) {
}
