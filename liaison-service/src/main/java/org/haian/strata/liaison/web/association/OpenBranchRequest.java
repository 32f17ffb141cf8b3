package org.haian.strata.liaison.web.association;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.haian.strata.contract.liaison.AffiliationSystem;
import org.haian.strata.contract.liaison.BranchKind;
import org.haian.strata.platform.township.KnownTownship;

/**
 * The body of {@code POST /api/liaison/associations/{id}/branches}: a TOWNSHIP branch names its township, a SYSTEM
 * branch its system, and neither names the other (the association decides that rule).
 */
@Schema(example = "{\"name\":\"李堡镇分会\",\"kind\":\"TOWNSHIP\",\"township\":\"libao\"}")
public record OpenBranchRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull BranchKind kind,
        @KnownTownship String township,
        AffiliationSystem system) {
}
