package org.haian.strata.liaison.web.bases;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.haian.strata.contract.Category;
import org.haian.strata.platform.township.KnownTownship;

/**
 * The body of {@code POST /api/liaison/bases}: the base, the category it serves, its township (a township officer
 * may leave it out: theirs is taken) and the registered organisation that hosts it.
 */
@Schema(example = "{\"name\":\"李堡镇民企群英荟\",\"category\":\"ENTERPRISE_STAFF\",\"township\":\"libao\",\"anchorOrganisationId\":\"9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a\"}")
public record EstablishWorkBaseRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull Category category,
        @KnownTownship String township,
        @NotBlank @Size(max = 100) String anchorOrganisationId) {
}
