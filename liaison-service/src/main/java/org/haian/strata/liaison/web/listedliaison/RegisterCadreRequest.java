package org.haian.strata.liaison.web.listedliaison;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.haian.strata.contract.liaison.CadreLevel;
import org.haian.strata.platform.township.KnownTownship;

/**
 * The body of {@code POST /api/liaison/cadres}. The id is the cadre's sign-in name at the identity provider, which
 * is how a signed-in cadre is matched to their list. A township officer registers township cadres of their own
 * township and may leave {@code township} out.
 */
@Schema(example = "{\"cadreId\":\"zhang.wei\",\"name\":\"张伟\",\"level\":\"TOWNSHIP\",\"township\":\"libao\",\"post\":\"李堡镇副镇长\"}")
public record RegisterCadreRequest(
        @NotBlank @Pattern(regexp = "[a-z0-9._-]{3,64}",
                message = "must be the cadre's sign-in name: 3 to 64 of a-z, 0-9, '.', '_' and '-'") String cadreId,
        @NotBlank @Size(max = 100) String name,
        @NotNull CadreLevel level,
        @KnownTownship String township,
        @Size(max = 100) String post) {
}
