package org.haian.strata.liaison.web.organisations;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.haian.strata.contract.Category;
import org.haian.strata.platform.township.KnownTownship;

/**
 * The body of {@code PUT /api/liaison/organisations/{id}}: the organisation's details, all replaced; its kind is
 * fixed at registration. A township officer may leave {@code township} out: theirs is taken.
 */
@Schema(example = "{\"name\":\"海安网\",\"category\":\"NEW_MEDIA\",\"township\":\"haian-subdistrict\",\"headcount\":15,\"influence\":85,\"followers\":61000}")
public record UpdateOrganisationRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull Category category,
        @KnownTownship String township,
        @NotNull @PositiveOrZero Integer headcount,
        @NotNull @Min(0) @Max(100) Integer influence,
        @PositiveOrZero Integer followers) {
}
