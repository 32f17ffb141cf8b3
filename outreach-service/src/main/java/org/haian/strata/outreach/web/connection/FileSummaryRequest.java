package org.haian.strata.outreach.web.connection;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.haian.strata.platform.township.KnownTownship;

/** The body of {@code POST /api/outreach/contact-summaries}: the township, the half-year and what it says. */
@Schema(example = "{\"township\":\"libao\",\"year\":2025,\"half\":1,\"narrative\":\"Twelve firms visited; the testing lab is the main request.\"}")
public record FileSummaryRequest(
        @KnownTownship String township,
        @NotNull @Min(2000) @Max(2100) Integer year,
        @NotNull @Min(1) @Max(2) Integer half,
        @NotBlank @Size(max = 8000) String narrative) {
}
