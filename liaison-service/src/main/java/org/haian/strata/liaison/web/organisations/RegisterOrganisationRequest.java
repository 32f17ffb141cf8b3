package org.haian.strata.liaison.web.organisations;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.liaison.OrganisationKind;
import org.haian.strata.platform.township.KnownTownship;

/**
 * The body of {@code POST /api/liaison/organisations}. A township officer may leave {@code township} out: theirs is
 * taken. {@code followers} is for a media outlet only, where it is required (the organisation decides that rule).
 */
@Schema(example = "{\"name\":\"海安网\",\"kind\":\"MEDIA_OUTLET\",\"category\":\"NEW_MEDIA\",\"township\":\"haian-subdistrict\",\"headcount\":12,\"influence\":80,\"followers\":56000}")
public record RegisterOrganisationRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull OrganisationKind kind,
        @NotNull Category category,
        @KnownTownship String township,
        @NotNull @PositiveOrZero Integer headcount,
        @NotNull @Min(0) @Max(100) Integer influence,
        @PositiveOrZero Integer followers) {
}
