package org.haian.strata.contribution.web.suggestions;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/contribution/suggestions/{id}/plan}: the plan it was written into. */
@Schema(example = "{\"plan\":\"李堡镇“十四五”规划\"}")
public record PlanRequest(@NotBlank @Size(max = 200) String plan) {
}
