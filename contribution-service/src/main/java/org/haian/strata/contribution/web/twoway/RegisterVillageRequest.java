package org.haian.strata.contribution.web.twoway;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.haian.strata.contract.contribution.VillageKind;
import org.haian.strata.platform.township.KnownTownship;

/**
 * The body of {@code POST /api/contribution/villages}: a village or community of a township (a township officer may
 * leave it out: theirs is taken).
 */
@Schema(example = "{\"township\":\"libao\",\"name\":\"李堡村\",\"kind\":\"VILLAGE\"}")
public record RegisterVillageRequest(
        @KnownTownship String township,
        @NotBlank @Size(max = 200) String name,
        @NotNull VillageKind kind) {
}
