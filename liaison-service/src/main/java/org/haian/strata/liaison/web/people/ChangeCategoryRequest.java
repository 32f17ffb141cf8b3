package org.haian.strata.liaison.web.people;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import org.haian.strata.contract.Category;

/** The body of {@code POST /api/liaison/people/{id}/category}. */
@Schema(example = "{\"category\":\"NEW_MEDIA\"}")
public record ChangeCategoryRequest(@NotNull Category category) {
}
