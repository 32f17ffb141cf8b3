package org.haian.strata.liaison.api.listedliaison;

/** One cadre of the registry of those who may be listed to befriend people (列名联系的领导干部). */
public record FindCadre(String cadreId) {
}
