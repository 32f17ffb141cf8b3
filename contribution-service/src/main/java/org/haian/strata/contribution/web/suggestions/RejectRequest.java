package org.haian.strata.contribution.web.suggestions;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/contribution/suggestions/{id}/reject}: why it is not accepted. */
@Schema(example = "{\"reason\":\"Already covered by the county's plan for the industrial park\"}")
public record RejectRequest(@NotBlank @Size(max = 1000) String reason) {
}
