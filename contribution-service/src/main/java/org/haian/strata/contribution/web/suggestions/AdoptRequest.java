package org.haian.strata.contribution.web.suggestions;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/contribution/suggestions/{id}/adopt}: the body that adopts it. */
@Schema(example = "{\"body\":\"李堡镇人民政府\"}")
public record AdoptRequest(@NotBlank @Size(max = 200) String body) {
}
