package org.haian.strata.liaison.web.bases;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/liaison/bases/{id}/close}: why the base closes. */
@Schema(example = "{\"reason\":\"Merged into the city base\"}")
public record CloseWorkBaseRequest(@NotBlank @Size(max = 500) String reason) {
}
