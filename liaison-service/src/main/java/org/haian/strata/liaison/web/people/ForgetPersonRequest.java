package org.haian.strata.liaison.web.people;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/liaison/people/{id}/forget}: why, as the law requires it be recorded. */
@Schema(example = "{\"reason\":\"Consent withdrawn in writing on 2025-06-01 (letter 2025-17)\"}")
public record ForgetPersonRequest(@NotBlank @Size(max = 500) String reason) {
}
