package org.haian.strata.outreach.web.appraisals;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.haian.strata.outreach.web.references.RecordId;

/** The body of {@code POST /api/outreach/appraisals/{appraisalId}/votes}: one ballot's votes, at most ten. */
@Schema(example = "{\"voterId\":\"ballot-0001\",\"nomineeIds\":[\"3e1f0d2c-4b5a-4c6d-8e7f-9a0b1c2d3e4f\"]}")
public record CastVotesRequest(
        @NotNull @Pattern(regexp = RecordId.PATTERN, message = RecordId.MESSAGE) String voterId,
        @NotNull @Size(min = 1, max = 10) List<@NotNull @Pattern(regexp = RecordId.PATTERN, message = RecordId.MESSAGE) String> nomineeIds) {
}
