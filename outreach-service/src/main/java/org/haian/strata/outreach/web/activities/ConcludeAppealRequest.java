package org.haian.strata.outreach.web.activities;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.haian.strata.contract.outreach.AppealOutcome;
import org.haian.strata.platform.time.PastDate;

/** The body of {@code POST /api/outreach/activities/{activityId}/appeals/{appealId}/outcome}. */
@Schema(example = "{\"outcome\":\"REFERRED\",\"concludedOn\":\"2025-02-10\",\"note\":\"Passed to the culture bureau\"}")
public record ConcludeAppealRequest(
        @NotNull AppealOutcome outcome,
        @NotNull @PastDate LocalDate concludedOn,
        @NotBlank @Size(max = 2000) String note) {
}
