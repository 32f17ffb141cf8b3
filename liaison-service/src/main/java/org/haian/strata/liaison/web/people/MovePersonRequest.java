package org.haian.strata.liaison.web.people;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import org.haian.strata.platform.township.KnownTownship;

/** The body of {@code POST /api/liaison/people/{id}/move}: the township that takes the person over. */
@Schema(example = "{\"township\":\"development-zone\"}")
public record MovePersonRequest(@NotBlank @KnownTownship String township) {
}
