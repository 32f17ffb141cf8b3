package org.haian.strata.outreach.web.activities;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.haian.strata.outreach.web.references.RecordId;

/** The body of {@code POST /api/outreach/activities/{activityId}/appeals}: whose appeal, about what. */
@Schema(example = "{\"personId\":\"5f0c2a52-9a7c-4d5e-8d0f-1b2c3d4e5f60\",\"subject\":\"A studio space in the old town hall\"}")
public record HearAppealRequest(
        @NotNull @Pattern(regexp = RecordId.PATTERN, message = RecordId.MESSAGE) String personId,
        @NotBlank @Size(max = 2000) String subject) {
}
