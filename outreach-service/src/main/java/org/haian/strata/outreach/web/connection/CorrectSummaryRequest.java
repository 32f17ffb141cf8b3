package org.haian.strata.outreach.web.connection;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/outreach/contact-summaries/{summaryId}/corrections}: the corrected narrative. */
@Schema(example = "{\"narrative\":\"Thirteen firms visited: one visit was logged late.\"}")
public record CorrectSummaryRequest(
        @NotBlank @Size(max = 8000) String narrative) {
}
