package org.haian.strata.outreach.api.references;

import org.haian.strata.contract.Category;

/** What outreach knows of a person of liaison's registry: where they count, and whether they left it. No name. */
public record PersonReference(String personId, Category category, String township, boolean archived) {
}
