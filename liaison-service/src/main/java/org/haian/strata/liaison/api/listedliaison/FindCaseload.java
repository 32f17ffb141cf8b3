package org.haian.strata.liaison.api.listedliaison;

/**
 * The people a cadre befriends now (列名联系), each with their last contact. {@code township} null: all of them;
 * otherwise only the people of that township.
 */
public record FindCaseload(String cadreId, String township) {
}
