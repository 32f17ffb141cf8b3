package org.haian.strata.liaison.web.listedliaison;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** The body of {@code POST /api/liaison/people/{id}/liaisons}: a registered cadre, and from which day. */
public record AssignLiaisonRequest(@NotBlank String cadreId, @NotNull LocalDate since) {
}
