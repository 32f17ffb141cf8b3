package org.haian.strata.contribution.web.mutualaid;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.haian.strata.contract.contribution.ConsultationField;
import org.haian.strata.platform.time.PastDate;
import org.haian.strata.platform.township.KnownTownship;

/**
 * The body of {@code POST /api/contribution/consultations}: the consulting member, the field, the day, and either
 * the named members consulted ({@code beneficiaryIds}) or, for a policy briefing, the size of its audience.
 */
@Schema(example = "{\"township\":\"libao\",\"consultantId\":\"2f6e1c9a-4b7d-4e8f-9a1b-3c5d7e9f1a2b\",\"field\":\"TAX\",\"givenOn\":\"2024-04-02\",\"beneficiaryIds\":[\"7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d\"]}")
public record GiveConsultationRequest(
        @KnownTownship String township,
        @NotBlank @Size(max = 100) String consultantId,
        @NotNull ConsultationField field,
        @NotNull @PastDate LocalDate givenOn,
        @Size(max = 200) List<@NotBlank @Size(max = 100) String> beneficiaryIds,
        @Min(1) @Max(100_000) Integer audience) {
}
