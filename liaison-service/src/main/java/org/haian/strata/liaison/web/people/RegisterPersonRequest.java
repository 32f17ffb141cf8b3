package org.haian.strata.liaison.web.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.haian.strata.contract.Category;
import org.haian.strata.platform.township.KnownTownship;

/**
 * The body of {@code POST /api/liaison/people}. A township officer may leave {@code township} out: theirs is taken.
 */
public record RegisterPersonRequest(
        @NotBlank @Size(max = 100) String name,
        @NotNull Category category,
        @KnownTownship String township,
        @Size(max = 200) String organisation,
        @Size(max = 100) String role) {
}
