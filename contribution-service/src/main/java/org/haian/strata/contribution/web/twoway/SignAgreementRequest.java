package org.haian.strata.contribution.web.twoway;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.haian.strata.platform.time.PastDate;

/** The body of {@code POST /api/contribution/villages/{id}/agreements}: the person who signs, and when. */
@Schema(example = "{\"personId\":\"2f6e1c9a-4b7d-4e8f-9a1b-3c5d7e9f1a2b\",\"signedOn\":\"2024-03-01\"}")
public record SignAgreementRequest(
        @NotBlank @Size(max = 100) String personId,
        @NotNull @PastDate LocalDate signedOn) {
}
