package org.haian.strata.liaison.web.people;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.haian.strata.contract.Category;
import org.haian.strata.platform.township.KnownTownship;

/**
 * The body of {@code POST /api/liaison/people}. A township officer may leave {@code township} out: theirs is taken.
 */
@Schema(example = "{\"name\":\"卢克虎\",\"category\":\"ENTERPRISE_STAFF\",\"organisation\":\"李堡镇民企群英荟\",\"role\":\"总工程师\"}")
public record RegisterPersonRequest(
        @NotBlank @Size(max = 100) String name,
        @NotNull Category category,
        @KnownTownship String township,
        @Size(max = 200) String organisation,
        @Size(max = 100) String role) {
}
