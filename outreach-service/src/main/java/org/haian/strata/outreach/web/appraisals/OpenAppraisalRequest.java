package org.haian.strata.outreach.web.appraisals;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.haian.strata.contract.outreach.AppraisalKind;

/** The body of {@code POST /api/outreach/appraisals}: one appraisal per year and kind. */
@Schema(example = "{\"year\":2025,\"kind\":\"NETIZENS\"}")
public record OpenAppraisalRequest(
        @NotNull @Min(2000) @Max(2100) Integer year,
        @NotNull AppraisalKind kind) {
}
