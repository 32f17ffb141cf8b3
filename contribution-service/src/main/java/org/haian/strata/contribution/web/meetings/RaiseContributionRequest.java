package org.haian.strata.contribution.web.meetings;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/contribution/meetings/{id}/contributions}: who raised what at the meeting. */
@Schema(example = "{\"personId\":\"2f6e1c9a-4b7d-4e8f-9a1b-3c5d7e9f1a2b\",\"text\":\"Extend the night bus to the industrial park\"}")
public record RaiseContributionRequest(
        @NotBlank @Size(max = 100) String personId,
        @NotBlank @Size(max = 5000) String text) {
}
