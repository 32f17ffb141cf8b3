package org.haian.strata.outreach.web.visits;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.haian.strata.platform.time.PastDate;

/** The body of {@code POST /api/outreach/visits/{visitId}/problems/{problemId}/resolution}. */
@Schema(example = "{\"resolvedOn\":\"2025-04-20\",\"note\":\"The town's training centre hosts it monthly\"}")
public record ResolveProblemRequest(
        @NotNull @PastDate LocalDate resolvedOn,
        @NotBlank @Size(max = 2000) String note) {
}
