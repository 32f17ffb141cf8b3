package org.haian.strata.outreach.web.visits;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.haian.strata.platform.time.PlanDate;

/** The body of {@code POST /api/outreach/visits/{visitId}/problems}: a problem raised on the visit. */
@Schema(example = "{\"description\":\"No venue for staff training\",\"owner\":\"Libao town human resources office\",\"dueOn\":\"2025-04-30\"}")
public record RaiseProblemRequest(
        @NotBlank @Size(max = 2000) String description,
        @NotBlank @Size(max = 200) String owner,
        @NotNull @PlanDate LocalDate dueOn) {
}
