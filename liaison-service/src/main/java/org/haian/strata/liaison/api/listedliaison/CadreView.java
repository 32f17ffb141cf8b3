package org.haian.strata.liaison.api.listedliaison;

import org.haian.strata.contract.liaison.CadreLevel;

/**
 * A leader or cadre who may be listed to befriend people.
 *
 * @param cadreId  the cadre's sign-in name at the identity provider
 * @param township the township of a TOWNSHIP-level cadre; null for the city leadership and departments
 */
public record CadreView(String cadreId, String name, CadreLevel level, String township, String post) {
}
