package org.haian.strata.contribution.web.twoway;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.haian.strata.platform.time.PastDate;

/** The body of {@code POST /api/contribution/villages/{id}/agreements/{agreementId}/end}: when and why it ends. */
@Schema(example = "{\"endedOn\":\"2025-02-28\",\"reason\":\"The person moved to the city\"}")
public record EndAgreementRequest(
        @NotNull @PastDate LocalDate endedOn,
        @NotBlank @Size(max = 500) String reason) {
}
