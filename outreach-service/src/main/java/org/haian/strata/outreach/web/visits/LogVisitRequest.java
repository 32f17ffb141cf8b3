package org.haian.strata.outreach.web.visits;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.haian.strata.outreach.web.references.RecordId;
import org.haian.strata.platform.time.PastDate;

/** The body of {@code POST /api/outreach/visits/{visitId}/log}: the visit as it took place. */
@Schema(example = "{\"visitedOn\":\"2025-03-12\",\"leadCadreId\":\"0b7e4f1c-2d3a-4c5b-9e6f-7a8b9c0d1e2f\",\"visitingCadreIds\":[\"1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f\"],\"peopleMetIds\":[\"5f0c2a52-9a7c-4d5e-8d0f-1b2c3d4e5f60\"],\"findings\":\"Staff training needs a venue; asks about social insurance for part-timers\"}")
public record LogVisitRequest(
        @NotNull @PastDate LocalDate visitedOn,
        @NotNull @Pattern(regexp = RecordId.PATTERN, message = RecordId.MESSAGE) String leadCadreId,
        @NotNull @Size(max = 20) List<@NotNull @Pattern(regexp = RecordId.PATTERN, message = RecordId.MESSAGE) String> visitingCadreIds,
        @NotNull @Size(max = 50) List<@NotNull @Pattern(regexp = RecordId.PATTERN, message = RecordId.MESSAGE) String> peopleMetIds,
        @NotBlank @Size(max = 4000) String findings) {
}
