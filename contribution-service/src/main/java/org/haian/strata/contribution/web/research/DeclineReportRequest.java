package org.haian.strata.contribution.web.research;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/contribution/research/{id}/decline}: why the report is not adopted. */
@Schema(example = "{\"reason\":\"Overtaken by the provincial plan\"}")
public record DeclineReportRequest(@NotBlank @Size(max = 1000) String reason) {
}
