package org.haian.strata.contribution.web.twoway;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.haian.strata.platform.time.PastDate;

/**
 * The body of {@code POST /api/contribution/villages/{id}/households}: the helping person and the household's code
 * in the township's hardship register. Never a name or an address: the code is all this system holds.
 */
@Schema(example = "{\"personId\":\"2f6e1c9a-4b7d-4e8f-9a1b-3c5d7e9f1a2b\",\"householdCode\":\"LB-2024-017\",\"pairedOn\":\"2024-04-10\"}")
public record PairHouseholdRequest(
        @NotBlank @Size(max = 100) String personId,
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9-]+",
                message = "must be a register code of letters, digits and hyphens") String householdCode,
        @NotNull @PastDate LocalDate pairedOn) {
}
