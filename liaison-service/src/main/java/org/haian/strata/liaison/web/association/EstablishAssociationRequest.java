package org.haian.strata.liaison.web.association;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/liaison/associations}. */
@Schema(example = "{\"name\":\"海安市新的社会阶层人士联谊会\"}")
public record EstablishAssociationRequest(@NotBlank @Size(max = 200) String name) {
}
