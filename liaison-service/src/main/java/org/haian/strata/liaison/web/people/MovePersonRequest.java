package org.haian.strata.liaison.web.people;

import jakarta.validation.constraints.NotBlank;
import org.haian.strata.platform.township.KnownTownship;

/** The body of {@code POST /api/liaison/people/{id}/move}: the township that takes the person over. */
public record MovePersonRequest(@NotBlank @KnownTownship String township) {
}
