package org.haian.strata.outreach.web.activities;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.haian.strata.outreach.web.references.RecordId;

/** The body of {@code POST /api/outreach/activities/{activityId}/invitations}: registered people, each once. */
@Schema(example = "{\"personIds\":[\"5f0c2a52-9a7c-4d5e-8d0f-1b2c3d4e5f60\"]}")
public record InvitePeopleRequest(
        @NotNull @Size(min = 1, max = 200) List<@NotNull @Pattern(regexp = RecordId.PATTERN, message = RecordId.MESSAGE) String> personIds) {
}
