package org.haian.strata.liaison.web.bases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.haian.strata.contract.Category;
import org.haian.strata.platform.township.KnownTownship;

/**
 * The body of {@code POST /api/liaison/bases}: the base, the category it serves, its township (a township officer
 * may leave it out: theirs is taken) and the registered organisation that hosts it.
 */
public record EstablishWorkBaseRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull Category category,
        @KnownTownship String township,
        @NotBlank @Size(max = 100) String anchorOrganisationId) {
}
