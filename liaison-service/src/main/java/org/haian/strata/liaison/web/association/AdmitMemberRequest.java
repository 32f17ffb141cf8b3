package org.haian.strata.liaison.web.association;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/liaison/associations/{id}/members}: a registered person and, optionally, the branch
 * they join (without one they are a member at large).
 */
@Schema(example = "{\"personId\":\"5f0c2a52-9a7c-4d5e-8d0f-1b2c3d4e5f60\",\"branchId\":\"b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e\"}")
public record AdmitMemberRequest(
        @NotBlank @Size(max = 100) String personId,
        @Size(max = 100) String branchId) {
}
