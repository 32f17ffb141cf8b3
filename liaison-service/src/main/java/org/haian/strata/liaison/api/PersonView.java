package org.haian.strata.liaison.api;

import java.time.Instant;

import org.haian.strata.contract.Category;

/** A person as the registry shows them. */
public record PersonView(String personId, String name, Category category, String township, String organisation,
                         String role, Instant registeredAt) {
}
