package org.haian.strata.contribution.web.twoway;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.haian.strata.platform.time.PlanDate;

/**
 * The body of {@code POST /api/contribution/villages/{id}/supervisors}: the person and the term, from
 * {@code termStart} up to, not including, {@code termEnd}.
 */
@Schema(example = "{\"personId\":\"2f6e1c9a-4b7d-4e8f-9a1b-3c5d7e9f1a2b\",\"termStart\":\"2024-01-01\",\"termEnd\":\"2027-01-01\"}")
public record AppointSupervisorRequest(
        @NotBlank @Size(max = 100) String personId,
        @NotNull @PlanDate LocalDate termStart,
        @NotNull @PlanDate LocalDate termEnd) {
}
