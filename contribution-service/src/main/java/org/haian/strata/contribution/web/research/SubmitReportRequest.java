package org.haian.strata.contribution.web.research;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/contribution/research/{id}/report}: the report and where it is kept. */
@Schema(example = "{\"reportTitle\":\"关于加强总部经济的建议\",\"documentReference\":\"HA-NSS-2024-03\"}")
public record SubmitReportRequest(
        @NotBlank @Size(max = 200) String reportTitle,
        @NotBlank @Size(max = 200) String documentReference) {
}
