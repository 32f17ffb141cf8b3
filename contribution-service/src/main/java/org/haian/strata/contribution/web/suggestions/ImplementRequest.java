package org.haian.strata.contribution.web.suggestions;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.haian.strata.platform.time.PastDate;

/** The body of {@code POST /api/contribution/suggestions/{id}/implement}: the evidence that it was carried out. */
@Schema(example = "{\"note\":\"The service desk opened in the town hall\",\"implementedOn\":\"2024-05-20\",\"documentReference\":\"李政发〔2024〕12号\"}")
public record ImplementRequest(
        @NotBlank @Size(max = 2000) String note,
        @NotNull @PastDate LocalDate implementedOn,
        @NotBlank @Size(max = 200) String documentReference) {
}
