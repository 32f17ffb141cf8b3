package org.haian.strata.contribution.web.research;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/contribution/research/{id}/authors}: people of the registry who write the report. */
@Schema(example = "{\"authorIds\":[\"2f6e1c9a-4b7d-4e8f-9a1b-3c5d7e9f1a2b\"]}")
public record AssignAuthorsRequest(@NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 100) String> authorIds) {
}
