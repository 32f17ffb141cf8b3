package org.haian.strata.liaison.api.listedliaison;

/**
 * The registry of cadres, sorted by name: all of them when {@code township} is null, otherwise that township's
 * cadres and the city-level ones (city leadership and departments), who serve every township.
 */
public record ListCadres(String township) {
}
