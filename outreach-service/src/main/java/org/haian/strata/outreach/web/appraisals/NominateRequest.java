package org.haian.strata.outreach.web.appraisals;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.haian.strata.outreach.web.references.RecordId;

/**
 * The body of {@code POST /api/outreach/appraisals/{appraisalId}/nominees}: for netizens a {@code personId}; for
 * online media an {@code organisationId} of a media outlet; for online articles the author's {@code personId}, the
 * {@code articleTitle} and the {@code articleLink}. The appraisal refuses what does not fit its kind.
 */
@Schema(example = "{\"personId\":\"5f0c2a52-9a7c-4d5e-8d0f-1b2c3d4e5f60\",\"articleTitle\":\"Hai'an's new riverside\",\"articleLink\":\"https://example.com/haian/riverside\"}")
public record NominateRequest(
        @Pattern(regexp = RecordId.PATTERN, message = RecordId.MESSAGE) String personId,
        @Pattern(regexp = RecordId.PATTERN, message = RecordId.MESSAGE) String organisationId,
        @Size(min = 1, max = 300) String articleTitle,
        @Size(min = 1, max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http or https address")
        String articleLink) {
}
