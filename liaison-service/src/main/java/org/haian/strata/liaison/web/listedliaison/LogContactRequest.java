package org.haian.strata.liaison.web.listedliaison;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.haian.strata.contract.liaison.ContactChannel;
import org.haian.strata.platform.time.PastDate;

/**
 * The body of {@code POST /api/liaison/people/{id}/contacts}. A cadre logs as themselves and may leave
 * {@code cadreId} out; the city or a township officer logging on a cadre's behalf must name them.
 */
@Schema(example = "{\"date\":\"2024-06-12\",\"channel\":\"VISIT\",\"notes\":\"Talked about the new workshop\",\"issuesRaised\":[\"Land for a second plant\"]}")
public record LogContactRequest(
        String cadreId,
        @NotNull @PastDate LocalDate date,
        @NotNull ContactChannel channel,
        @Size(max = 2000) String notes,
        @Size(max = 20) List<@NotBlank @Size(max = 500) String> issuesRaised) {
}
