package org.haian.strata.liaison.api.people;

import org.haian.strata.contract.Category;

/**
 * A page of the registry, sorted by name and then id so that paging is stable. Every criterion left null matches
 * everyone.
 *
 * @param organisation  the whole organisation name, compared as registrations are (case, spacing and full-width
 *                      forms do not matter)
 * @param name          a fragment of the name, case-insensitive
 * @param archived      false: the people in active work; true: only those who left the registry
 * @param page          0-based
 */
public record SearchPeople(String township, Category category, String organisation, String name,
                           Boolean representative, boolean archived, int page, int size) {
}
