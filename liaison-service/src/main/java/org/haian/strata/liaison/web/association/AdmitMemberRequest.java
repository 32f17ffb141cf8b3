package org.haian.strata.liaison.web.association;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/liaison/associations/{id}/members}: a registered person and, optionally, the branch
 * they join (without one they are a member at large).
 */
public record AdmitMemberRequest(
        @NotBlank @Size(max = 100) String personId,
        @Size(max = 100) String branchId) {
}
