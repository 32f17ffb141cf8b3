package org.haian.strata.liaison.web.people;

import jakarta.validation.constraints.NotNull;
import org.haian.strata.contract.Category;

/** The body of {@code POST /api/liaison/people/{id}/category}. */
public record ChangeCategoryRequest(@NotNull Category category) {
}
