package org.haian.strata.liaison.web.conference;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import org.haian.strata.contract.liaison.ResolutionStatus;

/** The body of {@code PUT /api/liaison/conferences/{id}/resolutions/{resolutionId}/status}. */
@Schema(example = "{\"status\":\"IN_PROGRESS\"}")
public record ChangeResolutionStatusRequest(@NotNull ResolutionStatus status) {
}
