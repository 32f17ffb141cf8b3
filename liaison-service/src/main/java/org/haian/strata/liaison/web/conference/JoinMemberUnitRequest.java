package org.haian.strata.liaison.web.conference;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.haian.strata.contract.Category;

/** The body of {@code POST /api/liaison/conferences/{id}/member-units}: the unit and the category it serves. */
public record JoinMemberUnitRequest(
        @NotBlank @Size(max = 100) String unit,
        @NotNull Category category) {
}
