package org.haian.strata.liaison.web.conference;

import jakarta.validation.constraints.NotNull;
import org.haian.strata.contract.liaison.ResolutionStatus;

/** The body of {@code PUT /api/liaison/conferences/{id}/resolutions/{resolutionId}/status}. */
public record ChangeResolutionStatusRequest(@NotNull ResolutionStatus status) {
}
