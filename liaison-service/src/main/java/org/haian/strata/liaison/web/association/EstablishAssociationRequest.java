package org.haian.strata.liaison.web.association;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/liaison/associations}. */
public record EstablishAssociationRequest(@NotBlank @Size(max = 200) String name) {
}
