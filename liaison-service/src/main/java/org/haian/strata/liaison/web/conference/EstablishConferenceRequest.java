package org.haian.strata.liaison.web.conference;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/liaison/conferences}: the conference's name and its convener (召集人). */
public record EstablishConferenceRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 100) String convener) {
}
