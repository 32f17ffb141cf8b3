package org.haian.strata.outreach.web.connection;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.haian.strata.outreach.web.references.RecordId;
import org.haian.strata.platform.time.PastDate;

/** The body of {@code POST /api/outreach/opinion-forms/{formId}/issues}: who got it, and when. */
@Schema(example = "{\"issuedOn\":\"2025-03-01\",\"personIds\":[\"5f0c2a52-9a7c-4d5e-8d0f-1b2c3d4e5f60\"]}")
public record IssueFormRequest(
        @NotNull @PastDate LocalDate issuedOn,
        @NotNull @Size(min = 1, max = 500) List<@NotNull @Pattern(regexp = RecordId.PATTERN, message = RecordId.MESSAGE) String> personIds) {
}
