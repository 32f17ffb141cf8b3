package org.haian.strata.liaison.web.listedliaison;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.haian.strata.platform.time.PastDate;

/** The body of {@code POST /api/liaison/people/{id}/liaisons}: a registered cadre, and from which day. */
@Schema(example = "{\"cadreId\":\"cadre-libao\",\"since\":\"2024-03-01\"}")
public record AssignLiaisonRequest(@NotBlank String cadreId, @NotNull @PastDate LocalDate since) {
}
