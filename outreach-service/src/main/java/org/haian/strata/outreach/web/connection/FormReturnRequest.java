package org.haian.strata.outreach.web.connection;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.haian.strata.outreach.web.references.RecordId;
import org.haian.strata.platform.time.PastDate;

/** The body of {@code POST /api/outreach/opinion-forms/{formId}/returns}: one answer per question, in order. */
@Schema(example = "{\"personId\":\"5f0c2a52-9a7c-4d5e-8d0f-1b2c3d4e5f60\",\"returnedOn\":\"2025-03-15\",\"answers\":[\"The talent housing subsidy\",\"A testing lab\"]}")
public record FormReturnRequest(
        @NotNull @Pattern(regexp = RecordId.PATTERN, message = RecordId.MESSAGE) String personId,
        @NotNull @PastDate LocalDate returnedOn,
        @NotNull @Size(min = 1, max = 50) List<@NotBlank @Size(max = 2000) String> answers) {
}
