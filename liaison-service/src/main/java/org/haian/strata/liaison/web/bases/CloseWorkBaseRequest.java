package org.haian.strata.liaison.web.bases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/liaison/bases/{id}/close}: why the base closes. */
public record CloseWorkBaseRequest(@NotBlank @Size(max = 500) String reason) {
}
