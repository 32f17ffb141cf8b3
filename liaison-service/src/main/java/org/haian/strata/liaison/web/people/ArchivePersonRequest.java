package org.haian.strata.liaison.web.people;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/liaison/people/{id}/archive}: why the person leaves the registry. */
@Schema(example = "{\"reason\":\"Moved to Nantong\"}")
public record ArchivePersonRequest(@NotBlank @Size(max = 500) String reason) {
}
