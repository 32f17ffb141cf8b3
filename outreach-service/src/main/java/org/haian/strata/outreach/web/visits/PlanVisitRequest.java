package org.haian.strata.outreach.web.visits;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.haian.strata.outreach.web.references.RecordId;
import org.haian.strata.platform.time.PlanDate;
import org.haian.strata.platform.township.KnownTownship;

/**
 * The body of {@code POST /api/outreach/visits}. The visit belongs to the organisation's township; a township
 * officer may leave {@code township} out, the city too (then the organisation's is taken).
 */
@Schema(example = "{\"township\":\"libao\",\"organisationId\":\"9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a\",\"plannedFor\":\"2025-03-12\",\"leadCadreId\":\"0b7e4f1c-2d3a-4c5b-9e6f-7a8b9c0d1e2f\"}")
public record PlanVisitRequest(
        @KnownTownship String township,
        @NotNull @Pattern(regexp = RecordId.PATTERN, message = RecordId.MESSAGE) String organisationId,
        @NotNull @PlanDate LocalDate plannedFor,
        @NotNull @Pattern(regexp = RecordId.PATTERN, message = RecordId.MESSAGE) String leadCadreId) {
}
