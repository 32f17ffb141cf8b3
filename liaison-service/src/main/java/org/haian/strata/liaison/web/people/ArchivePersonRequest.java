package org.haian.strata.liaison.web.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/liaison/people/{id}/archive}: why the person leaves the registry. */
public record ArchivePersonRequest(@NotBlank @Size(max = 500) String reason) {
}
