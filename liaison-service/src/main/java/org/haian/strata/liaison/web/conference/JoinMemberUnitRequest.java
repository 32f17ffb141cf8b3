package org.haian.strata.liaison.web.conference;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.haian.strata.contract.Category;

/** The body of {@code POST /api/liaison/conferences/{id}/member-units}: the unit and the category it serves. */
@Schema(example = "{\"unit\":\"工商联\",\"category\":\"ENTERPRISE_STAFF\"}")
public record JoinMemberUnitRequest(
        @NotBlank @Size(max = 100) String unit,
        @NotNull Category category) {
}
